import { type Action, type Actor, type Authorship, DomainError, mayChangeWork, POLICY } from '@werkkennis/kernel';

type Work = 'definitie' | 'annotatie' | 'relatie';

/**
 * Definitions, stated relations and annotations are personal work: the policy table says which
 * roles may change them at all, and who besides the author may change a given one (WorkScope).
 */
export function assertOwnWork(actor: Actor, action: Action, work: Authorship, what: Work): void {
  if (mayChangeWork(actor, action, work)) return;
  throw DomainError.forbidden(
    POLICY[action].personalWork === 'colleagues'
      ? `U kunt alleen uw eigen ${what} of die van een collega van uw organisatie wijzigen. Vraag de auteur, een collega van de auteur of een beheerder om deze wijziging.`
      : `U kunt alleen uw eigen ${what} wijzigen of verwijderen. Vraag de auteur of een beheerder om deze wijziging.`,
  );
}
