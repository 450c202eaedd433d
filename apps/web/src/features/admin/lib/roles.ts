import type { Role } from '../../../graphql/schema-types.generated';

/** Every role, from least to most rights, in the order the forms offer them. */
export const ROLES: readonly Role[] = ['PRACTITIONER', 'RESEARCHER', 'EDITOR', 'ADMIN'];
