import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermQuery } from '../graphql/term.generated';

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
    <div className="elements">
      {profile.sharedElements.length > 0 && (
        <>
          <p id={sharedId} className="elements__label">
            {t('term.comparison.sharedHere')}
          </p>
          <ul className="tags" aria-labelledby={sharedId}>
            {profile.sharedElements.map((element) => (
              <li key={element.stem} className="tag tag--shared">
                {element.word}
              </li>
            ))}
          </ul>
        </>
      )}
      <p id={distinctiveId} className="elements__label">
        {t('term.comparison.distinctiveHeading')}
      </p>
      {distinctive.length ? (
        <>
          <ul className="tags" aria-labelledby={distinctiveId} id={`${distinctiveId}-list`}>
            {shown.map((element) => (
              <li key={element.stem} className="tag tag--distinctive">
                {element.word}
              </li>
            ))}
          </ul>
          {distinctive.length > FIRST_WORDS && (
            <button type="button" className="link-button elements__more" aria-expanded={showAll} aria-controls={`${distinctiveId}-list`} onClick={() => setShowAll(!showAll)}>
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
