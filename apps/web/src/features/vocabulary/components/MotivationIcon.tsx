import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import vocabulary from './vocabulary.module.css';

const PATHS: Record<AnnotationMotivation, string> = {
  SUPPORTING: 'M4 12.5l5 5L20 6.5',
  CONTESTING: 'M6 6l12 12M18 6L6 18',
  QUESTIONING: 'M9 9a3 3 0 1 1 4.2 2.75c-.75.35-1.2 1-1.2 1.8V15M12 18.5v.5',
  COMMENTING: 'M4 5h16v11H10l-5 4v-4H4z',
  LINKING: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
};

/** A shape per motivation, always shown next to its name: the meaning never rests on colour alone. */
export function MotivationIcon({ motivation }: { motivation: AnnotationMotivation }) {
  return (
    <svg className={vocabulary.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[motivation]} />
    </svg>
  );
}
