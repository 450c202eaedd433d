import {
  Determinant,
  DomainError,
  EvidenceLevel,
  type FieldErrors,
  message,
  OrganizationKind,
  Perspective,
  ProjectStatus,
  TargetGroup,
} from '@werkkennis/kernel';
import { ContentType, type FacetCount, type FacetFilter, type FacetName, WITH_PRACTICE_EXPERIENCE } from '@werkkennis/search';

/** The values each facet can hold: a closed set, four-digit years, or any name (organisations, themes). */
const FACET_VALUES: Record<FacetName, readonly string[] | 'year' | 'open'> = {
  type: Object.values(ContentType),
  organization: 'open',
  organizationKind: Object.values(OrganizationKind),
  targetGroups: Object.values(TargetGroup),
  determinants: Object.values(Determinant),
  evidenceLevel: Object.values(EvidenceLevel),
  status: Object.values(ProjectStatus),
  themes: 'open',
  perspective: Object.values(Perspective),
  year: 'year',
  practiceExperience: [WITH_PRACTICE_EXPERIENCE],
};

/** Refuses filter values that can never match, naming them, instead of silently finding nothing. */
export function assertKnownFacetValues(filters: FacetFilter[]): void {
  const problems: FieldErrors = {};
  for (const filter of filters) {
    const allowed = FACET_VALUES[filter.name];
    if (allowed === 'open') continue;
    const unknown = filter.values.filter((value) => (allowed === 'year' ? !/^\d{4}$/.test(value) : !allowed.includes(value)));
    if (unknown.length) {
      const values = unknown.join(', ');
      problems[`filters.${filter.name}`] = [allowed === 'year' ? message('validation.facetYear', { values }) : message('validation.unknownFacetValues', { values, allowed: allowed.join(', ') })];
    }
  }
  if (Object.keys(problems).length) throw DomainError.invalidInput(problems);
}

/** Facets whose values have an order of their own, which beats counting: the recognition ladder, lowest step first. */
const VALUE_ORDER: Partial<Record<FacetName, readonly string[]>> = {
  evidenceLevel: Object.values(EvidenceLevel),
};

/** The facet counts with ordered facets (evidenceLevel) in their own order; the others stay by count. */
export function inValueOrder(facets: FacetCount[]): FacetCount[] {
  return facets.map((facet) => {
    const order = VALUE_ORDER[facet.name];
    return order ? { ...facet, values: [...facet.values].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value)) } : facet;
  });
}
