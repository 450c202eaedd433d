import type { TFunction } from 'i18next';
import type { DefinitionRelationKind, Perspective } from '../../../graphql/schema-types.generated';

interface NamedDefinition {
  perspective: Perspective;
  organization: { name: string } | null;
}

/**
 * A definition as people name it: its perspective and the organization behind it, or only the
 * organization where its name says the perspective already ("Gemeente Amsterdam", "UWV").
 */
export function definitionName(definition: NamedDefinition, t: TFunction): string {
  return nameOf(t(`enums.Perspective.${definition.perspective}`), definition.organization?.name);
}

export function nameOf(perspective: string, organization: string | undefined): string {
  if (!organization) return perspective;
  return organization.toLocaleLowerCase('nl').includes(perspective.toLocaleLowerCase('nl')) ? organization : `${perspective} (${organization})`;
}

/** A sign per kind of relation, always shown next to words: the kind never rests on colour alone. */
export const RELATION_SYMBOL: Record<DefinitionRelationKind, string> = {
  SAME_AS: '=',
  NARROWER: '⊂',
  BROADER: '⊃',
  CONFLICTS_WITH: '≠',
};

export const RELATION_KINDS: DefinitionRelationKind[] = ['SAME_AS', 'NARROWER', 'BROADER', 'CONFLICTS_WITH'];

/** The sentence starts with a capital, whichever definition comes first. */
export const capitalized = (sentence: string) => sentence.charAt(0).toLocaleUpperCase('nl') + sentence.slice(1);
