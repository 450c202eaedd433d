import { useCallback } from 'react';
import { type EnumName, useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import type { FacetName } from '../lib/search-state';

/** Facets whose values are enum values with a Dutch (or English) label; the rest are names already. */
const ENUM_OF_FACET: Partial<Record<FacetName, EnumName>> = {
  type: 'ContentType',
  targetGroups: 'TargetGroup',
  determinants: 'Determinant',
  evidenceLevel: 'EvidenceLevel',
  organizationKind: 'OrganizationKind',
};

export function useFacetValueLabel(): (name: FacetName, value: string) => string {
  const enumLabel = useEnumLabel();
  return useCallback(
    (name, value) => {
      const enumName = ENUM_OF_FACET[name];
      return enumName ? enumLabel(enumName, value) : value;
    },
    [enumLabel],
  );
}
