import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TermHistoryChart } from '../features/network/components/TermHistoryChart';
import { TermHistoryTable } from '../features/network/components/TermHistoryTable';
import { useTermHistory } from '../features/network/hooks/useNetwork';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** Does a term's meaning converge? Its timeline as a chart and as a table, with sessions as markers. */
export default function TermHistoryPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useTermHistory(slug);
  const history = data?.termHistory;
  usePageTitle(history ? `${history.term.label}: ${t('termHistory.title')}` : undefined);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!history) return <LoadingState />;

  return (
    <div>
      <p>
        <Link to={`/begrippen/${history.term.slug}`}>{t('termHistory.backToTerm')}</Link>
      </p>
      <p className="kind-label">{t('termHistory.title')}</p>
      {/* The term's label is Dutch content, also inside the English interface. */}
      <h1 lang="nl">{history.term.label}</h1>
      <p className="lead">{t('termHistory.intro')}</p>
      {history.points.length === 0 ? (
        <p>{t('termHistory.empty')}</p>
      ) : (
        <>
          <TermHistoryChart points={history.points} term={history.term.label} />
          <TermHistoryTable points={history.points} />
        </>
      )}
    </div>
  );
}
