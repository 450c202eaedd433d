import { describedBy, FieldShell, type FieldBaseProps } from './FieldShell';
import form from './form.module.css';

type TextAreaFieldProps = FieldBaseProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
};

export function TextAreaField({ id, label, hint, errors, required, value, onChange, rows = 4 }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={id}
        className={form.input}
        rows={rows}
        value={value}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, errors })}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
