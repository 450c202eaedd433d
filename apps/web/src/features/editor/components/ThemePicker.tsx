import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { controlProps, FieldShell, type FieldBaseProps } from '../../../shared/components/form/FieldShell';
import styles from './ThemePicker.module.css';

type ThemePickerProps = FieldBaseProps & {
  /** The names on the managed list that can be chosen. */
  options: string[];
  values: string[];
  onChange: (values: string[]) => void;
};

/** Case and accents do not matter when looking for a theme: "gezondheid" finds "Werk en psychische gezondheid". */
const folded = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('nl');

/**
 * Themes from the managed list, as a typeahead (the ARIA combobox pattern with a list box): type
 * to narrow (or Arrow Down for the whole list), arrow keys to move, Enter to choose, Escape to close. Chosen themes are listed below,
 * each with a button to remove it.
 */
export function ThemePicker({ id, label, hint, errors, required, options, values, onChange }: ThemePickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const matches = useMemo(() => {
    const wanted = folded(text.trim());
    return options.filter((option) => !values.includes(option) && folded(option).includes(wanted));
  }, [options, values, text]);
  const expanded = open && matches.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (name: string) => {
    onChange([...values, name]);
    setText('');
    setActive(-1);
    setOpen(false);
    setAnnouncement(t('editor.themes.added', { name }));
  };
  const remove = (name: string) => {
    onChange(values.filter((value) => value !== name));
    setAnnouncement(t('editor.themes.removed', { name }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!matches.length) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((current) => (!expanded ? (step === 1 ? 0 : matches.length - 1) : (current + step + matches.length) % matches.length));
        return;
      }
      case 'Enter': {
        // Enter chooses here; it does not send the project form.
        const exact = matches.find((match) => folded(match) === folded(text.trim()));
        const chosen = expanded && active >= 0 ? matches[active] : exact;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        } else if (expanded) event.preventDefault();
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          setText('');
          setOpen(false);
        }
        return;
    }
  };

  const field = { id, label, hint: hint ?? t('editor.themes.hint'), errors, required };
  return (
    <FieldShell {...field}>
      <div className={styles.picker}>
        <input
          {...controlProps(field)}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t('editor.themes.options')} className={styles.options} hidden={!expanded}>
          {matches.map((option, index) => (
            <li
              key={option}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? `${styles.option} ${styles.active}` : styles.option}
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              {option}
            </li>
          ))}
        </ul>
      </div>
      {text.trim() && !matches.length && <p className={styles.none}>{t('editor.themes.noMatch', { text: text.trim() })}</p>}
      {values.length > 0 && (
        <ul className={styles.chosen} aria-label={t('editor.themes.chosen')}>
          {values.map((name) => (
            <li key={name} className={styles.chip}>
              <span>{name}</span>
              <button type="button" className={styles.remove} aria-label={t('editor.themes.remove', { name })} onClick={() => remove(name)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </FieldShell>
  );
}
