/**
 * The closed value sets of the domain. Values are UPPER_SNAKE_CASE because the public GraphQL
 * contract exposes them as enums; the Dutch labels are what people read.
 */

export enum OrganizationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  UWV = 'UWV',
  MINISTRY = 'MINISTRY',
  UNIVERSITY = 'UNIVERSITY',
  UNIVERSITY_OF_APPLIED_SCIENCES = 'UNIVERSITY_OF_APPLIED_SCIENCES',
  KNOWLEDGE_INSTITUTE = 'KNOWLEDGE_INSTITUTE',
  SECTOR_ORGANIZATION = 'SECTOR_ORGANIZATION',
  FUNDER = 'FUNDER',
  EMPLOYER = 'EMPLOYER',
  OTHER = 'OTHER',
}

export enum Role {
  PRACTITIONER = 'PRACTITIONER',
  EDITOR = 'EDITOR',
  RESEARCHER = 'RESEARCHER',
  ADMIN = 'ADMIN',
}

export enum ProjectStatus {
  PLANNED = 'PLANNED',
  START_UP = 'START_UP',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}

/** Editorial life of published content: draft → published → archived. */
export enum EditorialState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

/** The determinants of the integrative behaviour model (integratief gedragsmodel). */
export enum Determinant {
  MOTIVATION_ATTITUDE = 'MOTIVATION_ATTITUDE',
  SOCIAL_NORM = 'SOCIAL_NORM',
  SELF_EFFICACY = 'SELF_EFFICACY',
  SKILLS_KNOWLEDGE = 'SKILLS_KNOWLEDGE',
  ENVIRONMENTAL_BARRIERS = 'ENVIRONMENTAL_BARRIERS',
}

export enum TargetGroup {
  WW = 'WW',
  PARTICIPATIEWET = 'PARTICIPATIEWET',
  WIA = 'WIA',
  WAJONG = 'WAJONG',
  ZIEKTEWET = 'ZIEKTEWET',
  OLDER_JOBSEEKERS = 'OLDER_JOBSEEKERS',
  SINGLE_PARENTS = 'SINGLE_PARENTS',
  HEALTH_COMPLAINTS = 'HEALTH_COMPLAINTS',
  YOUNG_ADULTS = 'YOUNG_ADULTS',
  NEWCOMERS = 'NEWCOMERS',
  EMPLOYED = 'EMPLOYED',
}

export enum Track {
  SPOOR_1 = 'SPOOR_1',
  SPOOR_2 = 'SPOOR_2',
}

/** The Dutch recognition ladder for interventions, lowest to highest. */
export enum EvidenceLevel {
  WELL_DESCRIBED = 'WELL_DESCRIBED',
  THEORETICALLY_SOUND = 'THEORETICALLY_SOUND',
  FIRST_INDICATIONS = 'FIRST_INDICATIONS',
  GOOD_INDICATIONS = 'GOOD_INDICATIONS',
  STRONG_INDICATIONS = 'STRONG_INDICATIONS',
}

export enum FindingKind {
  EFFECT = 'EFFECT',
  PREDICTOR = 'PREDICTOR',
  IMPLEMENTATION = 'IMPLEMENTATION',
  EXPERIENCE = 'EXPERIENCE',
}

export enum FindingOutcome {
  SUSTAINED_RETURN_TO_WORK = 'SUSTAINED_RETURN_TO_WORK',
  BENEFIT_OUTFLOW = 'BENEFIT_OUTFLOW',
  TRUST = 'TRUST',
  JOB_SATISFACTION = 'JOB_SATISFACTION',
  WELLBEING = 'WELLBEING',
  SELF_EFFICACY = 'SELF_EFFICACY',
  ECONOMIC_RESILIENCE = 'ECONOMIC_RESILIENCE',
  EMPLOYER_INCLUSION = 'EMPLOYER_INCLUSION',
  PROFESSIONAL_PRACTICE = 'PROFESSIONAL_PRACTICE',
}

export enum StudyDesign {
  RCT = 'RCT',
  QUASI_EXPERIMENT = 'QUASI_EXPERIMENT',
  COHORT = 'COHORT',
  SURVEY = 'SURVEY',
  QUALITATIVE = 'QUALITATIVE',
  MIXED_METHODS = 'MIXED_METHODS',
}

export enum EffectDirection {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
  NO_EFFECT = 'NO_EFFECT',
  MIXED = 'MIXED',
}

export enum Perspective {
  MINISTRY = 'MINISTRY',
  UWV = 'UWV',
  MUNICIPALITY = 'MUNICIPALITY',
  RESEARCH = 'RESEARCH',
  PRACTITIONER = 'PRACTITIONER',
  CLIENT = 'CLIENT',
  EMPLOYER = 'EMPLOYER',
  EDUCATION = 'EDUCATION',
}

/** Motivations of the W3C Web Annotation model that researchers use on definitions. */
export enum AnnotationMotivation {
  COMMENTING = 'COMMENTING',
  QUESTIONING = 'QUESTIONING',
  SUPPORTING = 'SUPPORTING',
  CONTESTING = 'CONTESTING',
  LINKING = 'LINKING',
}

export enum TermRelationKind {
  BROADER = 'BROADER',
  NARROWER = 'NARROWER',
  RELATED = 'RELATED',
}

/** Acceptance of a term (ISO 1087): proposed by a researcher, then preferred, admitted or deprecated. */
export enum TermStatus {
  PROPOSED = 'PROPOSED',
  PREFERRED = 'PREFERRED',
  ADMITTED = 'ADMITTED',
  DEPRECATED = 'DEPRECATED',
}

/** How one definition relates to another of the same term, as a researcher states it. */
export enum DefinitionRelationKind {
  SAME_AS = 'SAME_AS',
  NARROWER = 'NARROWER',
  BROADER = 'BROADER',
  CONFLICTS_WITH = 'CONFLICTS_WITH',
}

/** Whether a term's perspectives come together, judged from the relations stated between its definitions. */
export enum Convergence {
  NOT_ASSESSED = 'NOT_ASSESSED',
  CONVERGING = 'CONVERGING',
  CONTESTED = 'CONTESTED',
}
