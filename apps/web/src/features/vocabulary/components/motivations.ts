import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import vocabulary from './vocabulary.module.css';

/** The class that gives a motivation its colour (see vocabulary.module.css). */
export const MOTIVATION_COLOUR: Partial<Record<AnnotationMotivation, string>> = {
  SUPPORTING: vocabulary.supporting,
  CONTESTING: vocabulary.contesting,
  QUESTIONING: vocabulary.questioning,
  LINKING: vocabulary.linking,
};
