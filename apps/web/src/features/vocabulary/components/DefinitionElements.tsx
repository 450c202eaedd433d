import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermQuery } from '../graphql/term.generated';
import tagList from '../../../shared/components/TagList.module.css';
import styles from './DefinitionElements.module.css';

export type DefinitionProfile = TermQuery['termComparison']['definitions'][number];

/** Words shown before "show all": a long definition has dozens. */
const FIRST_WORDS = 8;

/** The words of one definition in the comparison: the ones only its perspective uses, and the shared ones. */
export function DefinitionElements({ profile }: { profile: DefinitionProfile }) {
  const { t } = useTranslation();
  const distinctiveId = useId();
  const sharedId = useId();
  const [showAll, setShowAll] = useState(false);
  const distinctive = profile.distinctiveElements;
  const shown = showAll ? distinctive : distinctive.slice(0, FIRST_WORDS);
  return (
    <div className={styles.elements}>
      {profile.sharedElements.length > 0 && (
        <>
          <p id={sharedId} className={styles.label}>
            {t('term.comparison.sharedHere')}
          </p>
          <ul className={tagList.tags} aria-labelledby={sharedId}>
            {profile.sharedElements.map((element) => (
              <li key={element.stem} className={`${tagList.tag} ${styles.word} ${styles.shared}`}>
                {element.word}
              </li>
            ))}
          </ul>
        </>
      )}
      <p id={distinctiveId} className={styles.label}>
        {t('term.comparison.distinctiveHeading')}
      </p>
      {distinctive.length ? (
        <>
          <ul className={tagList.tags} aria-labelledby={distinctiveId} id={`${distinctiveId}-list`}>
            {shown.map((element) => (
              <li key={element.stem} className={`${tagList.tag} ${styles.word} ${styles.distinctive}`}>
                {element.word}
              </li>
            ))}
          </ul>
          {distinctive.length > FIRST_WORDS && (
            <button type="button" className={`link-button ${styles.more}`} aria-expanded={showAll} aria-controls={`${distinctiveId}-list`} onClick={() => setShowAll(!showAll)}>
              {showAll ? t('term.comparison.showFewerWords') : t('term.comparison.showAllWords', { count: distinctive.length })}
            </button>
          )}
        </>
      ) : (
        <p className="meta">{t('term.comparison.noDistinctive')}</p>
      )}
    </div>
  );
}
