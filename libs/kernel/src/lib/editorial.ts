import { DomainError } from './domain-error';
import { message, type MessageKey } from './messages';
import { EditorialState } from './vocabularies';

export type EditorialAction = 'publish' | 'archive';

const TARGET: Record<EditorialAction, EditorialState> = {
  publish: EditorialState.PUBLISHED,
  archive: EditorialState.ARCHIVED,
};

const ALREADY: Record<EditorialAction, MessageKey> = {
  publish: 'validation.alreadyPublished',
  archive: 'validation.alreadyArchived',
};

/**
 * draft → published → archived, and an archived item may be published again.
 * Returns the new state, or refuses a step that changes nothing.
 */
export function nextEditorialState(current: EditorialState, action: EditorialAction): EditorialState {
  const target = TARGET[action];
  if (current === target) throw DomainError.invalidInput({ state: [message(ALREADY[action])] });
  return target;
}
