import { describedBy, fieldClassName, FieldHintAndError, FieldLabelText, type FieldBaseProps } from './FieldShell';
import type { Option } from './SelectField';
import form from './form.module.css';

type CheckboxGroupFieldProps = FieldBaseProps & {
  values: string[];
  options: Option[];
  onChange: (values: string[]) => void;
};

/** Several choices from a list, as a fieldset; the legend is the label. */
export function CheckboxGroupField({ id, label, hint, errors, required, values, options, onChange }: CheckboxGroupFieldProps) {
  const toggle = (value: string) => onChange(values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={fieldClassName(errors)}
      aria-describedby={describedBy({ id, label, hint, errors })}
    >
      <legend className={form.label}>
        <FieldLabelText label={label} required={required} />
      </legend>
      <FieldHintAndError id={id} label={label} hint={hint} errors={errors} />
      <div className={form.choices}>
        {options.map((option) => (
          <label key={option.value} className={form.choice}>
            <input type="checkbox" checked={values.includes(option.value)} onChange={() => toggle(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
