import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLevel } from '../../../graphql/schema-types.generated';
import { EVIDENCE_LADDER } from '../../../shared/lib/evidence-ladder';
import { useFacetCounts } from '../hooks/useFacetCounts';
import { useFacetValueLabel } from '../hooks/useFacetValueLabel';
import type { PanelFacet } from '../lib/facets';
import type { SearchState } from '../lib/search-state';
import form from '../../../shared/components/form/form.module.css';
import styles from './FacetPanel.module.css';

interface FacetValue {
  value: string;
  count: number;
}

interface FacetPanelProps {
  name: PanelFacet;
  /** Counts from the main search (right for facets without a selection). */
  values: FacetValue[];
  state: SearchState;
  onToggle: (name: PanelFacet, value: string) => void;
}

const COLLAPSED_SIZE = 6;

export function FacetPanel({ name, values, state, onToggle }: FacetPanelProps) {
  const { t } = useTranslation();
  const label = useFacetValueLabel();
  const [expanded, setExpanded] = useState(false);
  const selected = state.filters[name] ?? [];
  const ownCounts = useFacetCounts(name, state);

  const counted = ownCounts ?? values;
  // A chosen value stays visible even when nothing matches it any more, so it can be unchecked.
  const all = [...counted, ...selected.filter((value) => !counted.some((v) => v.value === value)).map((value) => ({ value, count: 0 }))];
  // Years are digits: a number sort, not localeCompare, whose first use loads a collator (~40 ms on a slow phone).
  if (name === 'year') all.sort((a, b) => Number(b.value) - Number(a.value));
  // The ladder has an order of its own, which says more than the counts (and matches the intervention page).
  if (name === 'evidenceLevel') all.sort((a, b) => EVIDENCE_LADDER.indexOf(a.value as EvidenceLevel) - EVIDENCE_LADDER.indexOf(b.value as EvidenceLevel));
  if (!all.length) return null;
  const shown = expanded ? all : all.filter((v, index) => index < COLLAPSED_SIZE || selected.includes(v.value));
  const legendId = `facet-${name}`;

  return (
    <fieldset className={styles.facet} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {t(`facets.${name}`)}
      </legend>
      <ul className={styles.values}>
        {shown.map(({ value, count }) => (
          <li key={value}>
            <label className={`${form.choice} ${styles.value}`}>
              <input type="checkbox" checked={selected.includes(value)} onChange={() => onToggle(name, value)} />
              <span className={styles.label}>{label(name, value)}</span>
              <span className={styles.count} aria-hidden="true">
                {count}
              </span>
              <span className="visually-hidden">, {t('search.valueCount', { count })}</span>
            </label>
          </li>
        ))}
      </ul>
      {all.length > COLLAPSED_SIZE && (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('search.showFewerValues') : t('search.showAllValues', { count: all.length })}
        </button>
      )}
    </fieldset>
  );
}
