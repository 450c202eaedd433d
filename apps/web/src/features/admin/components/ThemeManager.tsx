import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { useAdminThemes } from '../hooks/useAdminThemes';
import form from '../../../shared/components/form/form.module.css';
import table from '../../../shared/styles/table.module.css';
import styles from './ThemeManager.module.css';

type Theme = { id: string; name: string; retiredAt?: string | null };

/** The managed theme list: add a theme, rename one (projects and search follow), retire one. */
export function ThemeManager() {
  const { t } = useTranslation();
  const themes = useAdminThemes();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<Theme | null>(null);
  const [done, setDone] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const fields: FormFields = useMemo(() => ({ name: { id: 'theme-name', label: t('admin.themes.name') } }), [t]);
  const problems = useFormProblems(fields);

  const announce = (message: string) => {
    setDone(message);
    requestAnimationFrame(() => status.current?.focus());
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!problems.acceptClientCheck(name.trim() ? {} : { name: [t('editor.validation.required')] })) return;
    try {
      const created = await themes.create(name.trim());
      setName('');
      announce(t('admin.themes.added', { name: created.name }));
    } catch (error) {
      problems.showApiError(error);
    }
  };

  const retire = async (theme: Theme) => {
    try {
      await themes.retire(theme.id);
      announce(t('admin.themes.retired', { name: theme.name }));
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('admin.themes.heading')}</h2>
      <p>{t('admin.themes.intro')}</p>
      <NarrowForm onSubmit={add} summary={problems.summary} submitLabel={t('admin.themes.add')} busyLabel={t('admin.saving')} busy={themes.busy}>
        <TextField {...problems.fieldProps('name')} autoComplete="off" required value={name} onChange={setName} />
      </NarrowForm>
      <p ref={status} tabIndex={-1} role="status" className={styles.status}>
        {done}
      </p>
      {renaming && (
        <RenameThemeForm
          key={renaming.id}
          theme={renaming}
          onCancel={() => setRenaming(null)}
          onRename={async (newName) => {
            const renamed = await themes.rename(renaming.id, newName);
            setRenaming(null);
            announce(t('admin.themes.renamed', { from: renaming.name, to: renamed.name }));
          }}
        />
      )}
      {themes.error && !themes.data ? (
        <ErrorState error={themes.error} onRetry={() => themes.refetch()} />
      ) : !themes.data ? (
        <LoadingState />
      ) : (
        <div className={table.wrapper} role="region" aria-labelledby="themes-caption" tabIndex={0}>
          <table className={table.table}>
            <caption id="themes-caption" className="visually-hidden">
              {t('admin.themes.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.themes.name')}</th>
                <th scope="col">{t('admin.themes.state')}</th>
                <th scope="col">{t('admin.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {themes.data.themes.map((theme) => (
                <tr key={theme.id}>
                  <th scope="row">{theme.name}</th>
                  <td>{theme.retiredAt ? t('admin.themes.isRetired') : t('admin.themes.inUse')}</td>
                  <td className={table.actions}>
                    <button type="button" className="button button--quiet" aria-label={t('admin.themes.renameNamed', { name: theme.name })} onClick={() => setRenaming(theme)}>
                      {t('admin.themes.rename')}
                    </button>
                    {!theme.retiredAt && (
                      <button type="button" className="button button--quiet" disabled={themes.busy} aria-label={t('admin.themes.retireNamed', { name: theme.name })} onClick={() => retire(theme)}>
                        {t('admin.themes.retire')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RenameThemeForm({ theme, onRename, onCancel }: { theme: Theme; onRename: (name: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(theme.name);
  const [busy, setBusy] = useState(false);
  const fields: FormFields = useMemo(() => ({ name: { id: 'theme-new-name', label: t('admin.themes.newName', { name: theme.name }) } }), [t, theme.name]);
  const problems = useFormProblems(fields);
  // Opened from a row's button: the field to type in is where the keyboard goes next.
  useEffect(() => document.getElementById('theme-new-name')?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!problems.acceptClientCheck(name.trim() ? {} : { name: [t('editor.validation.required')] })) return;
    setBusy(true);
    try {
      await onRename(name.trim());
    } catch (error) {
      problems.showApiError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={form.panel}>
      <NarrowForm onSubmit={submit} summary={problems.summary} submitLabel={t('admin.themes.saveName')} busyLabel={t('admin.saving')} busy={busy} primary>
        <TextField {...problems.fieldProps('name')} hint={t('admin.themes.renameHint')} autoComplete="off" required value={name} onChange={setName} />
      </NarrowForm>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
