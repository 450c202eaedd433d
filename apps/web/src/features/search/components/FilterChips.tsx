import { useTranslation } from 'react-i18next';
import { useFacetValueLabel } from '../hooks/useFacetValueLabel';
import type { PanelFacet } from '../lib/facets';
import { activeFilters, type FacetSelection } from '../lib/search-state';

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
    <div className="chips">
      <h2 className="visually-hidden">{t('search.activeFilters')}</h2>
      <ul className="chips__list">
        {active.map(({ name, value }) => (
          <li key={`${name}:${value}`}>
            <button
              type="button"
              className="chip"
              aria-label={t('search.removeFilter', { facet: t(`facets.${name}`), value: label(name, value) })}
              onClick={() => onRemove(name, value)}
            >
              <span className="chip__facet">{t(`facets.${name}`)}:</span> {label(name, value)}
              <svg className="chip__remove" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
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
