import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTerms } from '../features/vocabulary/hooks/useTerms';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export default function TermsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useTerms();
  usePageTitle(t('term.indexTitle'));

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  return (
    <div className="detail">
      <h1>{t('term.indexTitle')}</h1>
      <p className="lead">{t('term.indexIntro')}</p>
      {!data ? (
        <LoadingState />
      ) : (
        <ul className="term-index">
          {data.terms.nodes.map((term) => (
            <li key={term.id}>
              <h2>
                <Link to={`/begrippen/${term.slug}`}>{term.label}</Link>
              </h2>
              {term.altLabels.length > 0 && (
                <p className="meta">
                  {t('term.alsoKnownAs')}: {term.altLabels.join(', ')}
                </p>
              )}
              <p>{term.scopeNote}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
