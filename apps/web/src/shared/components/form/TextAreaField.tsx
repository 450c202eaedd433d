import { controlProps, FieldShell, type FieldBaseProps } from './FieldShell';

type TextAreaFieldProps = FieldBaseProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
};

export function TextAreaField({ value, onChange, rows = 4, ...field }: TextAreaFieldProps) {
  return (
    <FieldShell {...field}>
      <textarea {...controlProps(field)} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldShell>
  );
}
