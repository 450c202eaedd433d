import { type MouseEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchResults } from '../hooks/useSearchResults';
import { PANEL_FACETS, type PanelFacet } from '../lib/facets';
import { activeFilters, type SearchState, toggleFilter } from '../lib/search-state';
import { FacetPanel } from './FacetPanel';
import { FilterChips } from './FilterChips';
import { Pagination } from './Pagination';
import { SearchResultList } from './SearchResultList';
import styles from './SearchResultsPanel.module.css';

interface SearchResultsPanelProps {
  state: SearchState;
  onChange: (next: SearchState) => void;
}

/** Facets and results of the search in the URL: the part of the search page that needs data. */
export default function SearchResultsPanel({ state, onChange }: SearchResultsPanelProps) {
  const { t } = useTranslation();
  const { search, stale, loading, error, refetch } = useSearchResults(state);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const results = useRef<HTMLElement>(null);

  // Past the filters in one step: onto the first result, or the heading when there is none.
  const skipToResults = (event: MouseEvent) => {
    event.preventDefault();
    const target = results.current?.querySelector<HTMLElement>('ol a') ?? results.current?.querySelector<HTMLElement>('h2');
    target?.focus();
  };

  const onToggle = (name: PanelFacet, value: string) => onChange(toggleFilter(state, name, value));
  const onClearAll = () => onChange({ ...state, filters: {}, page: 1 });
  const filterCount = activeFilters(state.filters).length;
  const facetValues = (name: PanelFacet) => search?.facets.find((facet) => facet.name === name)?.values ?? [];
  const countText = search
    ? state.query
      ? t('search.resultCountFor', { count: search.total, query: state.query })
      : t('search.resultCount', { count: search.total })
    : '';

  return (
    <>
      <a href="#results-heading" className={styles.skipToResults} onClick={skipToResults}>
        {search ? t('search.skipToResultsCount', { count: search.total }) : t('search.skipToResults')}
      </a>
      <div className={styles.body}>
        <aside aria-labelledby="filters-heading">
          <div className={styles.header}>
            <h2 id="filters-heading" className={styles.heading}>
              {t('search.filtersHeading')}
            </h2>
            {/* On a phone the panels fold away behind this button; on wider screens they are always open. */}
            <button
              type="button"
              className={`button button--quiet ${styles.toggle}`}
              aria-expanded={filtersOpen}
              aria-controls="filter-panels"
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              {filtersOpen ? t('search.filtersHide') : t('search.filtersShow')}
              {filterCount > 0 && ` (${filterCount})`}
            </button>
          </div>
          <div id="filter-panels" className={filtersOpen ? `${styles.panels} ${styles.open}` : styles.panels}>
            {PANEL_FACETS.map((name) => (
              <FacetPanel key={name} name={name} values={facetValues(name)} state={state} onToggle={onToggle} />
            ))}
          </div>
        </aside>

        <section ref={results} className={styles.results} aria-labelledby="results-heading" aria-busy={loading}>
          <h2 id="results-heading" tabIndex={-1}>{state.query ? t('search.resultsHeading') : t('search.allContentHeading')}</h2>
          <FilterChips filters={state.filters} onRemove={onToggle} onClearAll={onClearAll} />
          <p className={styles.count} role="status">
            {stale ? t('search.searching') : countText}
          </p>

          {error ? (
            <div className="notice notice--error" role="alert">
              <h3>{t('search.errorTitle')}</h3>
              <p>{t('search.errorHelp')}</p>
              <button type="button" className="button" onClick={() => refetch()}>
                {t('common.retry')}
              </button>
            </div>
          ) : search && search.total === 0 && !stale ? (
            <div className="notice">
              <h3>{state.query ? t('search.emptyTitle', { query: state.query }) : t('search.emptyTitleNoQuery')}</h3>
              <p>{t('search.emptyHelp')}</p>
              {filterCount > 0 && (
                <button type="button" className="button" onClick={onClearAll}>
                  {t('search.clearFilters')}
                </button>
              )}
            </div>
          ) : search ? (
            <div className={stale ? styles.stale : undefined}>
              <SearchResultList hits={search.hits} />
              <Pagination state={state} total={search.total} />
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}
