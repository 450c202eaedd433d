import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGE_SIZE, type SearchState, toSearchParams } from '../lib/search-state';
import styles from './Pagination.module.css';

export function Pagination({ state, total }: { state: SearchState; total: number }) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const linkTo = (page: number) => ({ search: toSearchParams({ ...state, page }).toString() });
  return (
    <nav className={styles.pagination} aria-label={t('search.pagination')}>
      {state.page > 1 ? (
        <Link to={linkTo(state.page - 1)} rel="prev">
          {t('search.previousPage')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('search.pageOf', { page: state.page, pages })}</span>
      {state.page < pages ? (
        <Link to={linkTo(state.page + 1)} rel="next">
          {t('search.nextPage')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
