import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import type { TermQuery } from '../graphql/term.generated';
import { divergenceBand, formatDivergence } from '../lib/divergence';
import { ConvergenceIcon } from './ConvergenceIcon';
import { SharedElementsTable } from './SharedElementsTable';

type Term = TermQuery['term'];
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
    <section aria-labelledby="comparison-heading" className="comparison">
      <h2 id="comparison-heading">{t('term.comparison.heading')}</h2>
      <div className="comparison__figures">
        <div className="figure-card">
          <h3>{t('term.comparison.divergenceHeading')}</h3>
          {divergence === null || band === null ? (
            <p>{t('term.comparison.notComparable')}</p>
          ) : (
            <>
              <p className="figure-card__value">
                <strong className="figure-card__number">{formatDivergence(divergence, currentLanguage())}</strong>
                <span> — {t(`term.comparison.divergenceMeaning.${band}`)}</span>
              </p>
              <div className="scale" aria-hidden="true">
                <svg className="scale__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <rect className="scale__track" x="2" y="3" width="96" height="4" rx="2" />
                  <rect className="scale__fill" x="2" y="3" width={markerX(divergence) - 2} height="4" rx="2" />
                  <rect className="scale__marker" x={markerX(divergence) - 1} y="0" width="2" height="10" />
                </svg>
                <div className="scale__ends">
                  <span>{t('term.comparison.scaleSame')}</span>
                  <span>{t('term.comparison.scaleNone')}</span>
                </div>
              </div>
              <p className="meta">{t('term.comparison.divergenceHelp')}</p>
            </>
          )}
        </div>

        <div className={`figure-card convergence convergence--${convergence.state.toLowerCase()}`}>
          <h3>{t('term.comparison.convergenceHeading')}</h3>
          <p className="figure-card__value convergence__state">
            <ConvergenceIcon state={convergence.state} />
            <strong>{t(`enums.Convergence.${convergence.state}`)}</strong>
          </p>
          <p>{t(`term.comparison.convergenceExplanation.${convergence.state}`)}</p>
          {convergence.state !== 'NOT_ASSESSED' && (
            <ul className="convergence__counts">
              <li>
                <span className="relation-symbol" aria-hidden="true">
                  =
                </span>{' '}
                {t('term.comparison.agreeing', { count: convergence.agreeing })}
              </li>
              <li>
                <span className="relation-symbol" aria-hidden="true">
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
