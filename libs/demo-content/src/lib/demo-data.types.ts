import type {
  AnnotationMotivation,
  DefinitionRelationKind,
  Determinant,
  EffectDirection,
  EvidenceLevel,
  FindingKind,
  FindingOutcome,
  OrganizationKind,
  Perspective,
  ProjectStatus,
  Role,
  StudyDesign,
  TargetGroup,
  TermRelationKind,
  TermStatus,
  Track,
} from '@werkkennis/kernel';
import type { SessionKind } from '@werkkennis/network';

/** Demo content refers to other records by slug (organisations, terms) or e-mail (people). */

export interface DemoOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  region: string;
  website: string;
}

export interface DemoLearningNetwork {
  slug: string;
  name: string;
  centralQuestion: string;
  description: string;
  startDate: string; // ISO date
  endDate: string;
  funders: string[];
  memberSlugs: string[];
}

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organizationSlug: string | null;
}

export interface DemoProject {
  slug: string;
  title: string;
  summary: string;
  reason: string; // aanleiding
  background: string; // achtergrond
  goal: string; // doel
  expectedResults: string; // verwachte resultaten
  status: ProjectStatus;
  startDate: string;
  durationMonths: number;
  leads: string[]; // fictional names
  funders: string[];
  leadOrganizationSlug: string;
  partnerOrganizationSlugs: string[];
  networkSlug: string | null;
  themes: string[];
  targetGroups: TargetGroup[];
  interventionSlugs: string[];
  /** Demo drafts show that unpublished work stays invisible. */
  published: boolean;
}

export interface DemoIntervention {
  slug: string;
  name: string;
  summary: string;
  whatYouDo: string; // wat
  howYouDoIt: string; // bejegening
  effect: string; // effect
  determinants: Determinant[];
  targetGroups: TargetGroup[];
  tracks: Track[];
  evidenceLevel: EvidenceLevel;
  evidenceRatedOn: string; // ISO date
  evidenceRationale: string;
  workingElements: string[]; // werkzame elementen
  sources: string[];
  developerOrganizationSlugs: string[];
  /** Practical information, where the demo knows it. */
  practical?: {
    durationAndIntensity: string;
    costs: string;
    provider: string;
    contact: string;
    trainingOrLicence: string;
    materials: string[];
  };
}

export interface DemoFinding {
  projectSlug: string;
  title: string;
  summary: string;
  kind: FindingKind;
  outcome: FindingOutcome;
  population: string;
  design: StudyDesign;
  sampleSize: number | null;
  effectDirection: EffectDirection;
  effectSize: string | null; // e.g. "OR 1,4 (95%-BI 1,1–1,8)"
  documentLinks: string[]; // https://….example URLs
}

export interface DemoAnnotation {
  authorEmail: string;
  motivation: AnnotationMotivation;
  body: string;
  references: string[];
  /** Words quoted from the definition (a TextQuoteSelector); absent for the whole definition. */
  quote?: string;
}

export interface DemoDefinition {
  text: string;
  perspective: Perspective;
  organizationSlug: string | null;
  source: string; // citation
  sourceUrl: string | null;
  authorEmail: string;
  annotations: DemoAnnotation[];
}

/** A researcher's statement about two definitions of one term, which are named by perspective. */
export interface DemoDefinitionRelation {
  from: Perspective;
  kind: DefinitionRelationKind;
  to: Perspective;
  statedByEmail: string;
  reason: string;
}

export interface DemoTermCollection {
  slug: string;
  label: string;
  labelEn: string;
}

export interface DemoTerm {
  slug: string;
  label: string;
  labelEn: string;
  altLabelsNl: string[];
  altLabelsEn: string[];
  abbreviations: string[]; // EBP, RTW
  scopeNote: string;
  plainExplanation: string; // uitleg in B1-taal
  status: TermStatus;
  collectionSlugs: string[];
  relations: { kind: TermRelationKind; termSlug: string }[];
  definitionRelations: DemoDefinitionRelation[];
  definitions: DemoDefinition[];
}

/** When a demo definition and the researchers' statements about it came about (ISO dates). */
export interface DemoTermTimeline {
  termSlug: string;
  definitionsAddedOn: Partial<Record<Perspective, string>>;
  relationsStatedOn: { from: Perspective; to: Perspective; on: string }[];
}

/** Vocabulary work that came out of a session, named as in DemoTerm. */
export interface DemoSessionAgendaItem {
  termSlug: string;
  meetingPoints: string;
  differences: string;
  followUp: string;
  definitions: Perspective[];
  relations: { from: Perspective; to: Perspective }[];
  annotations: { on: Perspective; authorEmail: string }[];
}

export interface DemoSession {
  kind: SessionKind;
  title: string;
  heldOn: string; // ISO date
  organiserSlug: string;
  summary: string;
  recordedByEmail: string;
  participants: { organizationSlug: string; perspective: Perspective; contribution: string }[];
  agenda: DemoSessionAgendaItem[];
}
