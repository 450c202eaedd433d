import { DomainError } from './domain-error';
import { EditorialState } from './vocabularies';

export type EditorialAction = 'publish' | 'archive';

const TARGET: Record<EditorialAction, EditorialState> = {
  publish: EditorialState.PUBLISHED,
  archive: EditorialState.ARCHIVED,
};

const ALREADY: Record<EditorialAction, string> = {
  publish: 'Dit is al gepubliceerd.',
  archive: 'Dit is al gearchiveerd.',
};

/**
 * draft → published → archived, and an archived item may be published again.
 * Returns the new state, or refuses a step that changes nothing.
 */
export function nextEditorialState(current: EditorialState, action: EditorialAction): EditorialState {
  const target = TARGET[action];
  if (current === target) throw DomainError.invalidInput({ state: [ALREADY[action]] });
  return target;
}
