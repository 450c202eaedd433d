import { controlProps, FieldShell, type FieldBaseProps } from './FieldShell';

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

export function SelectField({ value, options, emptyLabel, onChange, ...field }: SelectFieldProps) {
  return (
    <FieldShell {...field}>
      <select {...controlProps(field)} value={value} onChange={(event) => onChange(event.target.value)}>
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
