import { type Actor, DomainError, Role } from '@werkkennis/kernel';

/**
 * Definitions, stated relations and annotations are personal work. The policy table decides which roles may
 * edit them at all; on top of that only the author, or an admin, may change a given one.
 */
export function assertOwnWork(actor: Actor, authorId: string, what: 'definitie' | 'annotatie' | 'relatie'): void {
  if (actor.role !== Role.ADMIN && actor.userId !== authorId) {
    throw DomainError.forbidden(`U kunt alleen uw eigen ${what} wijzigen of verwijderen. Vraag de auteur of een beheerder om deze wijziging.`);
  }
}
