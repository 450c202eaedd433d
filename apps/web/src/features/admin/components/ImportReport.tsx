import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyImportReportFieldsFragment } from '../graphql/preview-vocabulary-import.generated';
import table from '../../../shared/styles/table.module.css';

type Report = VocabularyImportReportFieldsFragment;

/** The prefixes a vocabulary manager knows, so a triple reads as skos:prefLabel instead of a long IRI. */
const PREFIXES: [string, string][] = [
  ['skos:', 'http://www.w3.org/2004/02/skos/core#'],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['dct:', 'http://purl.org/dc/terms/'],
  ['owl:', 'http://www.w3.org/2002/07/owl#'],
  ['prov:', 'http://www.w3.org/ns/prov#'],
  ['foaf:', 'http://xmlns.com/foaf/0.1/'],
];
export const shortIri = (iri: string) => {
  const prefix = PREFIXES.find(([, namespace]) => iri.startsWith(namespace));
  return prefix ? `${prefix[0]}${iri.slice(prefix[1].length)}` : iri;
};

/**
 * What an import would do (its preview) or did: the counts, then what is added, changed and
 * refused, and every statement of the file that is not kept, each with its reason.
 */
export const ImportReport = forwardRef<HTMLHeadingElement, { id: string; title: string; report: Report }>(function ImportReport({ id, title, report }, heading) {
  const { t } = useTranslation();
  const items = (kind: 'added' | 'changed') =>
    report[kind].length > 0 && (
      <>
        <h4 id={`${id}-${kind}`}>{t(`admin.vocabularyImport.${kind}`, { count: report[kind].length })}</h4>
        <ul aria-labelledby={`${id}-${kind}`}>
          {report[kind].map((item) => (
            <li key={`${item.kind}:${item.uri}`}>
              {t(`admin.vocabularyImport.kind.${item.kind}`)}: <strong>{item.label}</strong> <code>{item.uri}</code>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <section aria-labelledby={id}>
      <h3 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>
        {t('admin.vocabularyImport.summary', {
          added: report.added.length,
          changed: report.changed.length,
          refused: report.refused.length,
          notKept: report.notKept.length,
          unchanged: report.unchanged,
        })}
      </p>
      {items('added')}
      {items('changed')}
      {report.refused.length > 0 && (
        <>
          <h4 id={`${id}-refused`}>{t('admin.vocabularyImport.refused', { count: report.refused.length })}</h4>
          <div className={table.wrapper} role="region" aria-labelledby={`${id}-refused`} tabIndex={0}>
            <table className={table.table}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.vocabularyImport.columnUri')}</th>
                  <th scope="col">{t('admin.vocabularyImport.columnReason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.refused.map((item, index) => (
                  <tr key={index}>
                    <th scope="row">
                      <code>{item.uri}</code>
                    </th>
                    <td>{item.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h4 id={`${id}-not-kept`}>{t('admin.vocabularyImport.notKept', { count: report.notKept.length })}</h4>
      {report.notKept.length === 0 ? (
        <p>{t('admin.vocabularyImport.nothingLost')}</p>
      ) : (
        <div className={table.wrapper} role="region" aria-labelledby={`${id}-not-kept`} tabIndex={0}>
          <table className={table.table}>
            <thead>
              <tr>
                <th scope="col">{t('admin.vocabularyImport.columnSubject')}</th>
                <th scope="col">{t('admin.vocabularyImport.columnPredicate')}</th>
                <th scope="col">{t('admin.vocabularyImport.columnObject')}</th>
                <th scope="col">{t('admin.vocabularyImport.columnReason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.notKept.map((triple, index) => (
                <tr key={index}>
                  <td>
                    <code>{shortIri(triple.subject)}</code>
                  </td>
                  <td>
                    <code>{shortIri(triple.predicate)}</code>
                  </td>
                  <td>
                    <code>{triple.object.startsWith('<') ? shortIri(triple.object.slice(1, -1)) : triple.object}</code>
                  </td>
                  <td>{triple.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
