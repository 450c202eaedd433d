import { describedBy, FieldShell, type FieldBaseProps } from './FieldShell';
import form from './form.module.css';

export interface Option {
  value: string;
  label: string;
}

type SelectFieldProps = FieldBaseProps & {
  value: string;
  options: Option[];
  /** A first option that means "nothing chosen". */
  emptyLabel?: string;
  onChange: (value: string) => void;
};

export function SelectField({ id, label, hint, errors, required, value, options, emptyLabel, onChange }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <select
        id={id}
        className={form.input}
        value={value}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, errors })}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
