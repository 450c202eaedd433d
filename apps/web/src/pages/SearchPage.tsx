import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../features/search/components/SearchBox';
import SearchResultsPanel from '../features/search/components/SearchResultsPanel';
import { useSearchState } from '../features/search/hooks/useSearchState';
import { type SearchState, toApiFilters } from '../features/search/lib/search-state';
import { SaveSearchButton } from '../features/follows/components/SaveSearchButton';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import styles from './SearchPage.module.css';

export function SearchPage() {
  const { t } = useTranslation();
  const [state, setState] = useSearchState();
  usePageTitle(state.query ? `${state.query} – ${t('search.title')}` : undefined);

  const onSearch = useCallback((query: string) => setState({ ...state, query, page: 1 }, { replace: true }), [state, setState]);
  const onChange = useCallback((next: SearchState) => setState(next), [setState]);

  return (
    <div>
      <div className={styles.intro}>
        <h1>{t('search.heading')}</h1>
        <p className="lead">{t('search.intro')}</p>
        <SearchBox query={state.query} onSearch={onSearch} />
        <SaveSearchButton query={state.query} filters={toApiFilters(state.filters)} />
      </div>
      {/* In the first chunk with the data layer: the results wait for no other JavaScript. */}
      <SearchResultsPanel state={state} onChange={onChange} />
    </div>
  );
}
