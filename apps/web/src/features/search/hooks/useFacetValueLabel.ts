import { useCallback } from 'react';
import { useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import { facetValueLabels, type PanelFacet } from '../lib/facets';

export function useFacetValueLabel(): (name: PanelFacet, value: string) => string {
  const enumLabel = useEnumLabel();
  return useCallback(
    (name, value) => {
      const enumName = facetValueLabels(name);
      return enumName ? enumLabel(enumName, value) : value;
    },
    [enumLabel],
  );
}
