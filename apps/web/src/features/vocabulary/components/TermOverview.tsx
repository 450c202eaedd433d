import { useTranslation } from 'react-i18next';
import type { TermQuery } from '../graphql/term.generated';

type Term = TermQuery['term'];

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
        <div className="callout callout--plain">
          <h2>{t('term.plainExplanation')}</h2>
          <p>{term.plainExplanation}</p>
        </div>
      )}
      <dl className="facts facts--inline term-facts">
        <div>
          <dt>{t('term.status')}</dt>
          <dd>
            <span className={`badge badge--term-${term.status.toLowerCase()}`}>{t(`enums.TermStatus.${term.status}`)}</span>{' '}
            <span className="meta">{t(`term.statusExplanation.${term.status}`)}</span>
          </dd>
        </div>
        {term.collections.length > 0 && (
          <div>
            <dt>{t('term.collections')}</dt>
            <dd>
              <ul className="inline-list">
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
