import { type Action, type Actor, type Authorship, DomainError, mayChangeWork, message, POLICY } from '@werkkennis/kernel';

type Work = 'work.definition' | 'work.annotation' | 'work.relation';

/**
 * Definitions, stated relations and annotations are personal work: the policy table says which
 * roles may change them at all, and who besides the author may change a given one (WorkScope).
 */
export function assertOwnWork(actor: Actor, action: Action, work: Authorship, what: Work): void {
  if (mayChangeWork(actor, action, work)) return;
  const refusal = POLICY[action].personalWork === 'colleagues' ? 'error.ownOrColleagueWorkOnly' : 'error.ownWorkOnly';
  throw DomainError.forbidden(message(refusal, { what: message(what) }));
}
