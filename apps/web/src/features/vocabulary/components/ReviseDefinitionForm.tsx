import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import form from '../../../shared/components/form/form.module.css';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import type { TermQuery } from '../graphql/term.generated';
import { useUpdateDefinition } from '../hooks/useUpdateDefinition';
import vocabulary from './vocabulary.module.css';

type Definition = TermQuery['term']['definitions'][number];

/** Several forms can be open on one page; ids stay unique per definition. */
const fieldId = (definitionId: string, field: string) => `revision-${definitionId}-${field}`;

interface ReviseDefinitionFormProps {
  definition: Definition;
  perspectiveLabel: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The author, a colleague of the author or an admin revises a definition: a new version, with a note on why. */
export function ReviseDefinitionForm({ definition, perspectiveLabel, onDone, onCancel }: ReviseDefinitionFormProps) {
  const { t } = useTranslation();
  const id = (field: string) => fieldId(definition.id, field);
  const [text, setText] = useState(definition.text);
  const [source, setSource] = useState(definition.source);
  const [sourceUrl, setSourceUrl] = useState(definition.sourceUrl ?? '');
  const [changeNote, setChangeNote] = useState('');
  const [revise, { loading }] = useUpdateDefinition();
  const fields: FormFields = useMemo(
    () => ({
      text: { id: fieldId(definition.id, 'text'), label: t('term.definitionText') },
      source: { id: fieldId(definition.id, 'source'), label: t('term.sourceField') },
      sourceUrl: { id: fieldId(definition.id, 'source-url'), label: t('term.sourceUrl') },
      changeNote: { id: fieldId(definition.id, 'change-note'), label: t('term.revision.changeNote') },
    }),
    [definition.id, t],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = { text: text.trim(), source: source.trim(), sourceUrl: sourceUrl.trim() || null };
    const errors: FieldErrors = {};
    if (!next.text) errors['text'] = [t('editor.validation.required')];
    else if (next.text === definition.text && next.source === definition.source && next.sourceUrl === definition.sourceUrl) {
      errors['text'] = [t('term.revision.unchanged')];
    }
    if (!changeNote.trim()) errors['changeNote'] = [t('term.revision.changeNoteRequired')];
    if (!problems.acceptClientCheck(errors)) return;
    try {
      const result = await revise({ id: definition.id, input: { ...next, changeNote: changeNote.trim() } });
      onDone(t('term.revision.saved', { version: result.updateDefinition.version }));
    } catch (error) {
      problems.showApiError(error);
    }
  };

  return (
    <form className={vocabulary.inlineForm} onSubmit={submit} noValidate aria-label={t('term.revision.formLabel', { perspective: perspectiveLabel })}>
      <ErrorSummary items={problems.summary} />
      <p className="meta">{t('term.revision.intro', { version: definition.version + 1 })}</p>
      <TextAreaField id={id('text')} label={t('term.definitionText')} required rows={6} value={text} onChange={setText} errors={problems.fieldErrors['text']} />
      <TextField
        id={id('source')}
        label={t('term.sourceField')}
        hint={t('term.sourceHint')}
        value={source}
        onChange={setSource}
        errors={problems.fieldErrors['source']}
      />
      <TextField
        id={id('source-url')}
        label={t('term.sourceUrl')}
        hint={t('term.sourceUrlHint')}
        type="url"
        inputMode="url"
        value={sourceUrl}
        onChange={setSourceUrl}
        errors={problems.fieldErrors['sourceUrl']}
      />
      <TextField
        id={id('change-note')}
        label={t('term.revision.changeNote')}
        hint={t('term.revision.changeNoteHint')}
        required
        maxLength={500}
        value={changeNote}
        onChange={setChangeNote}
        errors={problems.fieldErrors['changeNote']}
      />
      <div className={form.actions}>
        <button type="submit" className="button" disabled={loading}>
          {t('term.revision.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
