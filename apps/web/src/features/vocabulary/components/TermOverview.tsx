import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../../../graphql/schema-types.generated';
import type { TermQuery } from '../graphql/term.generated';
import badge from '../../../shared/styles/badge.module.css';
import detail from '../../../shared/styles/detail.module.css';
import styles from './TermOverview.module.css';

type Term = TermQuery['term'];

const STATUS_TONE: Record<TermStatus, string> = {
  PREFERRED: badge.settled,
  ADMITTED: badge.marked,
  PROPOSED: badge.tentative,
  DEPRECATED: `${badge.setAside} ${badge.struck}`,
};

/**
 * What a reader needs first: the term in plain words (B1), its status in the vocabulary and the
 * collections it belongs to.
 */
export function TermOverview({ term }: { term: Term }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <>
      {term.plainExplanation && (
        <div className={`${detail.callout} ${styles.plain}`}>
          <h2>{t('term.plainExplanation')}</h2>
          <p>{term.plainExplanation}</p>
        </div>
      )}
      <dl className={`${detail.facts} ${detail.factsInline} ${styles.overviewFacts}`}>
        <div>
          <dt>{t('term.status')}</dt>
          <dd>
            <span className={`${badge.badge} ${STATUS_TONE[term.status]}`}>{t(`enums.TermStatus.${term.status}`)}</span>{' '}
            <span className="meta">{t(`term.statusExplanation.${term.status}`)}</span>
          </dd>
        </div>
        {term.collections.length > 0 && (
          <div>
            <dt>{t('term.collections')}</dt>
            <dd>
              <ul className={styles.inlineList}>
                {term.collections.map((collection) => (
                  <li key={collection.id} lang={english && collection.labelEn ? 'en' : 'nl'}>
                    {english ? (collection.labelEn ?? collection.label) : collection.label}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}
