import type { InputHTMLAttributes } from 'react';
import { controlProps, FieldShell, type FieldBaseProps } from './FieldShell';

type TextFieldProps = FieldBaseProps & {
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'required'>;

export function TextField({ id, label, hint, errors, required, value, onChange, ...input }: TextFieldProps) {
  const field = { id, label, hint, errors, required };
  return (
    <FieldShell {...field}>
      <input {...input} {...controlProps(field)} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldShell>
  );
}
