import type { Convergence } from '../../../graphql/schema-types.generated';
import vocabulary from './vocabulary.module.css';

const PATHS: Record<Convergence, string> = {
  // Two arrows meeting in the middle.
  CONVERGING: 'M2 12h8M7 8l4 4-4 4M22 12h-8M17 8l-4 4 4 4',
  // Two arrows pointing apart.
  CONTESTED: 'M10 12H2M5 8l-4 4 4 4M14 12h8M19 8l4 4-4 4',
  // A question mark: nobody has judged yet.
  NOT_ASSESSED: 'M9 9a3 3 0 1 1 4.2 2.75c-.75.35-1.2 1-1.2 1.8V15M12 18.5v.5',
};

/** A shape per state, always next to its name: the state never rests on colour alone. */
export function ConvergenceIcon({ state }: { state: Convergence }) {
  return (
    <svg className={vocabulary.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[state]} />
    </svg>
  );
}
