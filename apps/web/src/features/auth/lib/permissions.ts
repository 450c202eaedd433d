import type { AnnotationMotivation, Role } from '../../../graphql/schema-types.generated';
import type { SessionUser } from './session-store';

/**
 * What the interface offers, mirroring the API's policy table (libs/kernel policy.ts). The API
 * decides; these only hide controls a person could not use anyway.
 */
export const EDITORIAL_ROLES: readonly Role[] = ['EDITOR', 'ADMIN'];
export const VOCABULARY_ROLES: readonly Role[] = ['RESEARCHER', 'ADMIN'];
/** Practitioners annotate too, with the practice motivations only. */
export const ANNOTATION_ROLES: readonly Role[] = ['PRACTITIONER', 'RESEARCHER', 'ADMIN'];
/** The policy's PRACTICE_MOTIVATIONS: what a practitioner may annotate with. */
const PRACTICE_MOTIVATIONS: readonly AnnotationMotivation[] = ['COMMENTING', 'QUESTIONING'];
export const ADMIN_ROLES: readonly Role[] = ['ADMIN'];
/** Who reads the knowledge gaps, what the field searches for and does not find. */
export const KNOWLEDGE_GAP_ROLES: readonly Role[] = ['RESEARCHER', 'ADMIN'];
/** Everyone signed in follows what matters to them. */
export const FOLLOW_ROLES: readonly Role[] = ['PRACTITIONER', 'EDITOR', 'RESEARCHER', 'ADMIN'];

export function hasRole(user: SessionUser | undefined | null, roles: readonly Role[]): boolean {
  return !!user && roles.includes(user.role);
}

/** Who stated a relation between definitions may withdraw it; admins any (the API checks the same). */
export function canWithdrawRelation(user: SessionUser | undefined | null, statedById: string | undefined): boolean {
  if (!user) return false;
  return user.role === 'ADMIN' || (user.role === 'RESEARCHER' && user.id === statedById);
}

/** Who wrote an annotation may edit and delete it; admins any (the API checks the same). */
export function canChangeAnnotation(user: SessionUser | undefined | null, authorId: string | undefined): boolean {
  if (!user) return false;
  return user.role === 'ADMIN' || (ANNOTATION_ROLES.includes(user.role) && user.id === authorId);
}

/** Of all motivations, in their order, those this person may annotate with: none when signed out or an editor. */
export function annotationMotivationsFor(user: SessionUser | undefined | null, all: readonly AnnotationMotivation[]): AnnotationMotivation[] {
  if (!hasRole(user, ANNOTATION_ROLES)) return [];
  return hasRole(user, VOCABULARY_ROLES) ? [...all] : all.filter((motivation) => PRACTICE_MOTIVATIONS.includes(motivation));
}

export function canEditProject(user: SessionUser | undefined | null, leadOrganizationId: string): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  return user.role === 'EDITOR' && user.organization?.id === leadOrganizationId;
}
