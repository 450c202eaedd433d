import type { Role } from '../../../graphql/schema-types.generated';
import type { SessionUser } from './session-store';

/**
 * What the interface offers, mirroring the API's policy table (libs/kernel policy.ts). The API
 * decides; these only hide controls a person could not use anyway.
 */
export const EDITORIAL_ROLES: readonly Role[] = ['EDITOR', 'ADMIN'];
export const VOCABULARY_ROLES: readonly Role[] = ['RESEARCHER', 'ADMIN'];
export const ADMIN_ROLES: readonly Role[] = ['ADMIN'];
/** Who reads the knowledge gaps, what the field searches for and does not find. */
export const KNOWLEDGE_GAP_ROLES: readonly Role[] = ['RESEARCHER', 'ADMIN'];

export function hasRole(user: SessionUser | undefined | null, roles: readonly Role[]): boolean {
  return !!user && roles.includes(user.role);
}

/** Who stated a relation between definitions may withdraw it; admins any (the API checks the same). */
export function canWithdrawRelation(user: SessionUser | undefined | null, statedById: string | undefined): boolean {
  if (!user) return false;
  return user.role === 'ADMIN' || (user.role === 'RESEARCHER' && user.id === statedById);
}

export function canEditProject(user: SessionUser | undefined | null, leadOrganizationId: string): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  return user.role === 'EDITOR' && user.organization?.id === leadOrganizationId;
}
