import { Role } from './vocabularies';

/** Who is asking: a signed-in user, or nobody (anonymous readers). */
export interface Actor {
  userId: string;
  role: Role;
  organizationId: string | null;
}

export type MaybeActor = Actor | null;
