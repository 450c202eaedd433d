import { type ChangeEvent, type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../../shared/components/form/FieldShell';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import { useMutation } from '../../../shared/hooks/useMutation';
import { ImportVocabularyDocument } from '../graphql/import-vocabulary.generated';
import { PreviewVocabularyImportDocument, type VocabularyImportReportFieldsFragment } from '../graphql/preview-vocabulary-import.generated';
import { ImportReport } from './ImportReport';

/**
 * Imports a SKOS file (Turtle or JSON-LD): first a preview of what would be added, changed,
 * refused and not kept, then "Toepassen" applies exactly that file.
 */
export function VocabularyImport() {
  const { t } = useTranslation();
  const [content, setContent] = useState('');
  const [preview, setPreview] = useState<VocabularyImportReportFieldsFragment | null>(null);
  const [applied, setApplied] = useState<VocabularyImportReportFieldsFragment | null>(null);
  const [runPreview, previewing] = useMutation(PreviewVocabularyImportDocument);
  const [runImport, importing] = useMutation(ImportVocabularyDocument);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  // The API names the file `file` in the preview and `turtle` in the import: both belong to the one text field.
  const fields: FormFields = useMemo(() => {
    const field = { id: 'vocabulary-import-content', label: t('admin.vocabularyImport.content') };
    return { content: field, file: field, turtle: field };
  }, [t]);
  const problems = useFormProblems(fields);

  const showReport = (report: VocabularyImportReportFieldsFragment, kind: 'preview' | 'applied') => {
    setPreview(kind === 'preview' ? report : null);
    setApplied(kind === 'applied' ? report : null);
    requestAnimationFrame(() => reportHeading.current?.focus());
  };

  const change = (text: string) => {
    setContent(text);
    // A preview belongs to the file it was made of.
    setPreview(null);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) change(await file.text());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await problems.send(content.trim() ? {} : { content: [t('admin.vocabularyImport.contentRequired')] }, async () =>
      showReport((await runPreview({ file: content })).previewVocabularyImport, 'preview'),
    );
  };

  const apply = () => problems.send({}, async () => showReport((await runImport({ turtle: content })).importVocabulary, 'applied'));

  return (
    <section aria-labelledby="vocabulary-import-heading">
      <h2 id="vocabulary-import-heading">{t('admin.vocabularyImport.heading')}</h2>
      <p>{t('admin.vocabularyImport.intro')}</p>
      <NarrowForm onSubmit={submit} summary={problems.summary} submitLabel={t('admin.vocabularyImport.preview')} busyLabel={t('admin.vocabularyImport.previewing')} busy={previewing.loading}>
        <FieldShell id="vocabulary-import-file" label={t('admin.vocabularyImport.file')}>
          <input id="vocabulary-import-file" type="file" accept=".ttl,.jsonld,.json,text/turtle,application/ld+json" onChange={choose} />
        </FieldShell>
        <TextAreaField {...problems.fieldProps('content')} errors={['content', 'file', 'turtle'].flatMap((name) => problems.fieldErrors[name] ?? [])} hint={t('admin.vocabularyImport.contentHint')} rows={10} value={content} onChange={change} />
      </NarrowForm>
      {preview && (
        <>
          <ImportReport id="vocabulary-import-preview" ref={reportHeading} title={t('admin.vocabularyImport.previewHeading')} report={preview} />
          <p>{t('admin.vocabularyImport.applyHint')}</p>
          <button type="button" className="button button--primary" disabled={importing.loading} onClick={apply}>
            {importing.loading ? t('admin.vocabularyImport.applying') : t('admin.vocabularyImport.apply')}
          </button>
        </>
      )}
      {applied && <ImportReport id="vocabulary-import-applied" ref={reportHeading} title={t('admin.vocabularyImport.appliedHeading')} report={applied} />}
    </section>
  );
}
