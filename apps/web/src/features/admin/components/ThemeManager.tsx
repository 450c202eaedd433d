import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { TextField } from '../../../shared/components/form/TextField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { useAdminThemes } from '../hooks/useAdminThemes';
import { ManagedList, useAnnouncement } from './ManagedList';
import table from '../../../shared/styles/table.module.css';

type Theme = { id: string; name: string; retiredAt?: string | null };

/** The managed theme list: add a theme, rename one (projects and search follow), retire one. */
export function ThemeManager() {
  const { t } = useTranslation();
  const themes = useAdminThemes();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<Theme | null>(null);
  const announcement = useAnnouncement();
  const fields: FormFields = useMemo(() => ({ name: { id: 'theme-name', label: t('admin.themes.name') } }), [t]);
  const problems = useFormProblems(fields);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    await problems.send(name.trim() ? {} : { name: [t('editor.validation.required')] }, async () => {
      const created = await themes.create(name.trim());
      setName('');
      announcement.announce(t('admin.themes.added', { name: created.name }));
    });
  };

  const retire = async (theme: Theme) => {
    try {
      await themes.retire(theme.id);
      announcement.announce(t('admin.themes.retired', { name: theme.name }));
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <ManagedList
      name="themes"
      heading={t('admin.themes.heading')}
      intro={t('admin.themes.intro')}
      adding={
        <NarrowForm onSubmit={add} summary={problems.summary} submitLabel={t('admin.themes.add')} busyLabel={t('admin.saving')} busy={themes.busy}>
          <TextField {...problems.fieldProps('name')} autoComplete="off" required value={name} onChange={setName} />
        </NarrowForm>
      }
      editing={
        renaming && {
          form: (
            <RenameThemeForm
              key={renaming.id}
              theme={renaming}
              onRename={async (newName) => {
                const renamed = await themes.rename(renaming.id, newName);
                setRenaming(null);
                announcement.announce(t('admin.themes.renamed', { from: renaming.name, to: renamed.name }));
              }}
            />
          ),
          onCancel: () => setRenaming(null),
        }
      }
      announcement={announcement}
      list={{ ...themes, data: themes.data?.themes }}
      caption={t('admin.themes.caption')}
      rowKey={(theme) => theme.id}
      columns={[
        { header: t('admin.themes.name'), cell: (theme) => theme.name },
        { header: t('admin.themes.state'), cell: (theme) => (theme.retiredAt ? t('admin.themes.isRetired') : t('admin.themes.inUse')) },
        {
          header: t('admin.columnActions'),
          className: table.actions,
          cell: (theme) => (
            <>
              <button type="button" className="button button--quiet" aria-label={t('admin.themes.renameNamed', { name: theme.name })} onClick={() => setRenaming(theme)}>
                {t('admin.themes.rename')}
              </button>
              {!theme.retiredAt && (
                <button type="button" className="button button--quiet" disabled={themes.busy} aria-label={t('admin.themes.retireNamed', { name: theme.name })} onClick={() => retire(theme)}>
                  {t('admin.themes.retire')}
                </button>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

function RenameThemeForm({ theme, onRename }: { theme: Theme; onRename: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(theme.name);
  const [busy, setBusy] = useState(false);
  const fields: FormFields = useMemo(() => ({ name: { id: 'theme-new-name', label: t('admin.themes.newName', { name: theme.name }) } }), [t, theme.name]);
  const problems = useFormProblems(fields);
  // Opened from a row's button: the field to type in is where the keyboard goes next.
  useEffect(() => document.getElementById('theme-new-name')?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await problems.send(name.trim() ? {} : { name: [t('editor.validation.required')] }, () => onRename(name.trim()));
    setBusy(false);
  };
  return (
    <NarrowForm onSubmit={submit} summary={problems.summary} submitLabel={t('admin.themes.saveName')} busyLabel={t('admin.saving')} busy={busy} primary>
      <TextField {...problems.fieldProps('name')} hint={t('admin.themes.renameHint')} autoComplete="off" required value={name} onChange={setName} />
    </NarrowForm>
  );
}
