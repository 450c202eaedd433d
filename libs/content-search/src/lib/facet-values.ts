import {
  Determinant,
  DomainError,
  EvidenceLevel,
  OrganizationKind,
  Perspective,
  ProjectStatus,
  TargetGroup,
} from '@werkkennis/kernel';
import type { FacetFilter } from '@werkkennis/search';
import { ContentType } from './search.models';

/** Facets whose values form a closed set; organisation and theme names are open. */
const CLOSED_FACETS: Partial<Record<FacetFilter['name'], readonly string[]>> = {
  type: Object.values(ContentType),
  organizationKind: Object.values(OrganizationKind),
  targetGroups: Object.values(TargetGroup),
  determinants: Object.values(Determinant),
  evidenceLevel: Object.values(EvidenceLevel),
  status: Object.values(ProjectStatus),
  perspective: Object.values(Perspective),
};

/** Refuses filter values that can never match, naming them, instead of silently finding nothing. */
export function assertKnownFacetValues(filters: FacetFilter[]): void {
  const problems: Record<string, string[]> = {};
  for (const filter of filters) {
    const allowed = CLOSED_FACETS[filter.name];
    const unknown = allowed
      ? filter.values.filter((value) => !allowed.includes(value))
      : filter.name === 'year'
        ? filter.values.filter((value) => !/^\d{4}$/.test(value))
        : [];
    if (unknown.length) {
      const hint = allowed ? `Kies uit: ${allowed.join(', ')}.` : 'Gebruik een jaartal van vier cijfers.';
      problems[`filters.${filter.name}`] = [`Onbekende waarde(n): ${unknown.join(', ')}. ${hint}`];
    }
  }
  if (Object.keys(problems).length) throw DomainError.invalidInput(problems);
}
