import { useTranslation } from 'react-i18next';
import { useFacetValueLabel } from '../hooks/useFacetValueLabel';
import type { PanelFacet } from '../lib/facets';
import { activeFilters, type FacetSelection } from '../lib/search-state';
import styles from './FilterChips.module.css';

interface FilterChipsProps {
  filters: FacetSelection;
  onRemove: (name: PanelFacet, value: string) => void;
  onClearAll: () => void;
}

export function FilterChips({ filters, onRemove, onClearAll }: FilterChipsProps) {
  const { t } = useTranslation();
  const label = useFacetValueLabel();
  const active = activeFilters(filters);
  if (!active.length) return null;
  return (
    <div className={styles.chips}>
      <h2 className="visually-hidden">{t('search.activeFilters')}</h2>
      <ul className={styles.list}>
        {active.map(({ name, value }) => (
          <li key={`${name}:${value}`}>
            <button
              type="button"
              className={styles.chip}
              aria-label={t('search.removeFilter', { facet: t(`facets.${name}`), value: label(name, value) })}
              onClick={() => onRemove(name, value)}
            >
              <span className={styles.facet}>{t(`facets.${name}`)}:</span> {label(name, value)}
              <svg className={styles.remove} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      {active.length > 1 && (
        <button type="button" className="link-button" onClick={onClearAll}>
          {t('search.clearFilters')}
        </button>
      )}
    </div>
  );
}
