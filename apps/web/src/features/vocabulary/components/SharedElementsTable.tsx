import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermQuery } from '../graphql/term.generated';
import { PERSPECTIVES } from '../lib/perspectives';
import table from '../../../shared/styles/table.module.css';
import styles from './SharedElementsTable.module.css';

type SharedElement = TermQuery['termComparison']['sharedElements'][number];
type Definition = TermQuery['term']['definitions'][number];

/** Rows shown before "show all": enough to see the pattern, short enough to read past. */
const FIRST_ROWS = 10;

/** The shared words as a table: one row per word, one column per perspective, a mark where it is used. */
export function SharedElementsTable({ sharedElements, definitions }: { sharedElements: SharedElement[]; definitions: Definition[] }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  if (!sharedElements.length) return <p>{t('term.comparison.noShared')}</p>;

  const perspectives = PERSPECTIVES.filter((perspective) => definitions.some((definition) => definition.perspective === perspective));
  const rows = showAll ? sharedElements : sharedElements.slice(0, FIRST_ROWS);
  return (
    <>
      {/* Scrollable sideways when there are many perspectives, so it must be reachable by keyboard. */}
      <div className={table.wrapper} role="region" aria-label={t('term.comparison.tableRegion')} tabIndex={0}>
        <table className={`${table.table} ${styles.sharedElements}`} id="shared-elements">
          <caption className="visually-hidden">{t('term.comparison.sharedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('term.comparison.word')}</th>
              {perspectives.map((perspective) => (
                <th scope="col" key={perspective} className={styles.perspective}>
                  {t(`enums.Perspective.${perspective}`)}
                </th>
              ))}
              <th scope="col" className={styles.count}>
                {t('term.comparison.sharedBy')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((element) => (
              <tr key={element.stem}>
                <th scope="row" lang="nl">
                  {element.word}
                </th>
                {perspectives.map((perspective) =>
                  element.perspectives.includes(perspective) ? (
                    <td key={perspective} className={`${styles.cell} ${styles.used}`}>
                      <span aria-hidden="true">●</span>
                      <span className="visually-hidden">{t('term.comparison.uses')}</span>
                    </td>
                  ) : (
                    <td key={perspective} className={styles.cell}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t('term.comparison.doesNotUse')}</span>
                    </td>
                  ),
                )}
                <td className={styles.count}>{element.perspectives.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sharedElements.length > FIRST_ROWS && (
        <p>
          <button type="button" className="button button--quiet" aria-expanded={showAll} aria-controls="shared-elements" onClick={() => setShowAll(!showAll)}>
            {showAll ? t('term.comparison.showFewerShared') : t('term.comparison.showAllShared', { count: sharedElements.length })}
          </button>
        </p>
      )}
    </>
  );
}
