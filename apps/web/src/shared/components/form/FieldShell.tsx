import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import form from './form.module.css';

export interface FieldBaseProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
}

/** Ids that tie hint and error to the control, so screen readers read them with the label. */
export function describedBy({ id, hint, errors }: FieldBaseProps): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The field's frame; marked invalid while it has errors. */
export function fieldClassName(errors: string[] | undefined): string {
  return errors?.length ? `${form.field} ${form.invalid}` : form.field;
}

/** What every control inside a FieldShell carries: its id, look, and the ARIA ties to hint and error. */
export function controlProps(field: FieldBaseProps) {
  return {
    id: field.id,
    className: form.input,
    required: field.required,
    'aria-invalid': field.errors?.length ? true : undefined,
    'aria-describedby': describedBy(field),
  };
}

export function FieldLabelText({ label, required }: Pick<FieldBaseProps, 'label' | 'required'>) {
  const { t } = useTranslation();
  return (
    <>
      {label}
      {required && <span className={form.required}> ({t('common.required')})</span>}
    </>
  );
}

export function FieldHintAndError({ id, hint, errors }: FieldBaseProps) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className={form.hint}>
          {hint}
        </p>
      )}
      {!!errors?.length && (
        <p id={`${id}-error`} className={form.error}>
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}

/** Label above, then hint and error, then the control: errors sit next to the field they are about. */
export function FieldShell(props: FieldBaseProps & { children: ReactNode }) {
  return (
    <div className={fieldClassName(props.errors)}>
      <label htmlFor={props.id} className={form.label}>
        <FieldLabelText label={props.label} required={props.required} />
      </label>
      <FieldHintAndError {...props} />
      {props.children}
    </div>
  );
}
