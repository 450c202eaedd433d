import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldShell, type FieldBaseProps } from './FieldShell';
import form from './form.module.css';

type TextFieldProps = FieldBaseProps & {
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'required'>;

export function TextField({ id, label, hint, errors, required, value, onChange, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <input
        {...input}
        id={id}
        className={form.input}
        value={value}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, errors })}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
