import type { FacetName } from '../../../graphql/schema-types.generated';
import type { EnumName } from '../../../shared/hooks/useEnumLabel';

interface FacetPanel {
  /** The enum whose labels name the values; without one the values are names already (organisations, themes, years). */
  valueLabels?: EnumName;
}
const panel = (valueLabels?: EnumName): FacetPanel => ({ valueLabels });

/**
 * What the search page does with each facet of the API: a panel, in this order, or none (null).
 * The API's FacetName enum comes from codegen, so TypeScript asks about every new facet.
 */
const FACET_PANELS = {
  type: panel('ContentType'),
  targetGroups: panel('TargetGroup'),
  determinants: panel('Determinant'),
  evidenceLevel: panel('EvidenceLevel'),
  practiceExperience: panel('PracticeExperienceFacet'),
  organization: panel(),
  organizationKind: panel('OrganizationKind'),
  themes: panel(),
  year: panel(),
  status: null,
  perspective: null,
} satisfies Record<FacetName, FacetPanel | null>;

/** A facet the search page has a panel for; its name is also its URL parameter. */
export type PanelFacet = { [Name in FacetName]: (typeof FACET_PANELS)[Name] extends null ? never : Name }[FacetName];

/** The panel facets in the order the page shows them. */
export const PANEL_FACETS: readonly PanelFacet[] = (Object.keys(FACET_PANELS) as FacetName[]).filter(
  (name): name is PanelFacet => FACET_PANELS[name] !== null,
);

export function facetValueLabels(name: PanelFacet): EnumName | undefined {
  return FACET_PANELS[name].valueLabels;
}
