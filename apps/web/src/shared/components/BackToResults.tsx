import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** When a page was opened from the search results, lead back to exactly those results. */
export function BackToResults() {
  const { t } = useTranslation();
  const { state } = useLocation();
  const fromSearch = (state as { fromSearch?: unknown } | null)?.fromSearch;
  if (typeof fromSearch !== 'string') return null;
  return (
    <p className="back-link">
      <Link to={{ pathname: '/', search: fromSearch }}>{t('common.backToResults')}</Link>
    </p>
  );
}
