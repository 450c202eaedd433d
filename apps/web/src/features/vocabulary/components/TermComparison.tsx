import { useTranslation } from 'react-i18next';
import type { Convergence } from '../../../graphql/schema-types.generated';
import { currentLanguage } from '../../../i18n/i18n';
import type { TermQuery } from '../graphql/term.generated';
import { divergenceBand, formatDivergence } from '../lib/divergence';
import { ConvergenceIcon } from './ConvergenceIcon';
import { SharedElementsTable } from './SharedElementsTable';
import styles from './TermComparison.module.css';
import vocabulary from './vocabulary.module.css';

type Term = TermQuery['term'];

/** Converging and contested show in the card's edge and state too; not assessed has a dashed edge. */
const CONVERGENCE_TONE: Record<Convergence, string> = { CONVERGING: styles.converging, CONTESTED: styles.contested, NOT_ASSESSED: styles.notAssessed };
type Comparison = TermQuery['termComparison'];

interface TermComparisonProps {
  comparison: Comparison;
  convergence: Term['convergence'];
  definitions: Term['definitions'];
}

/** The position of 0–1 on a scale 100 wide, kept inside it (SVG attributes: the CSP allows no inline styles). */
const markerX = (divergence: number) => 2 + Math.min(1, Math.max(0, divergence)) * 96;

/**
 * How far the perspectives lie apart: the divergence of their words, in words; whether
 * researchers see them converge; and which words they share.
 */
export function TermComparison({ comparison, convergence, definitions }: TermComparisonProps) {
  const { t } = useTranslation();
  const { divergence } = comparison;
  const band = divergence === null ? null : divergenceBand(divergence);

  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('term.comparison.heading')}</h2>
      <div className={styles.figures}>
        <div className={styles.card}>
          <h3>{t('term.comparison.divergenceHeading')}</h3>
          {divergence === null || band === null ? (
            <p>{t('term.comparison.notComparable')}</p>
          ) : (
            <>
              <p className={styles.value}>
                <strong className={styles.number}>{formatDivergence(divergence, currentLanguage())}</strong>
                <span> — {t(`term.comparison.divergenceMeaning.${band}`)}</span>
              </p>
              <div className={styles.scale} aria-hidden="true">
                <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <rect className={styles.track} x="2" y="3" width="96" height="4" rx="2" />
                  <rect className={styles.fill} x="2" y="3" width={markerX(divergence) - 2} height="4" rx="2" />
                  <rect className={styles.marker} x={markerX(divergence) - 1} y="0" width="2" height="10" />
                </svg>
                <div className={styles.ends}>
                  <span>{t('term.comparison.scaleSame')}</span>
                  <span>{t('term.comparison.scaleNone')}</span>
                </div>
              </div>
              <p className="meta">{t('term.comparison.divergenceHelp')}</p>
            </>
          )}
        </div>

        <div className={`${styles.card} ${CONVERGENCE_TONE[convergence.state]}`}>
          <h3>{t('term.comparison.convergenceHeading')}</h3>
          <p className={`${styles.value} ${styles.state}`}>
            <ConvergenceIcon state={convergence.state} />
            <strong>{t(`enums.Convergence.${convergence.state}`)}</strong>
          </p>
          <p>{t(`term.comparison.convergenceExplanation.${convergence.state}`)}</p>
          {convergence.state !== 'NOT_ASSESSED' && (
            <ul className={styles.counts}>
              <li>
                <span className={vocabulary.relationSymbol} aria-hidden="true">
                  =
                </span>{' '}
                {t('term.comparison.agreeing', { count: convergence.agreeing })}
              </li>
              <li>
                <span className={vocabulary.relationSymbol} aria-hidden="true">
                  ≠
                </span>{' '}
                {t('term.comparison.conflicting', { count: convergence.conflicting })}
              </li>
            </ul>
          )}
        </div>
      </div>

      <h3>{t('term.comparison.sharedHeading')}</h3>
      <p>{t('term.comparison.sharedIntro')}</p>
      <SharedElementsTable sharedElements={comparison.sharedElements} definitions={definitions} />
    </section>
  );
}
