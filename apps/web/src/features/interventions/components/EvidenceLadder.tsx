import { useTranslation } from 'react-i18next';
import type { EvidenceLevel } from '../../../graphql/schema-types.generated';
import { TextWithMentions } from '../../../shared/components/TextWithMentions';
import { EVIDENCE_LADDER } from '../../../shared/lib/evidence-ladder';
import { formatDate } from '../../../shared/lib/format';
import type { TermMention } from '../../../shared/lib/term-mentions';
import styles from './EvidenceLadder.module.css';

interface EvidenceLadderProps {
  level: EvidenceLevel;
  ratedOn: string | null;
  rationale: string;
  /** Contested terms in the rationale, linked to their page. */
  rationaleMentions?: readonly TermMention[];
}

/** Where the intervention stands on the ladder, and what that means in plain words. */
export function EvidenceLadder({ level, ratedOn, rationale, rationaleMentions = [] }: EvidenceLadderProps) {
  const { t } = useTranslation();
  const step = EVIDENCE_LADDER.indexOf(level) + 1;
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('evidence.heading')}</h2>
      <p className={styles.level}>
        <strong>{t(`enums.EvidenceLevel.${level}`)}</strong>{' '}
        <span className={styles.step}>({t('evidence.stepOf', { step, steps: EVIDENCE_LADDER.length })})</span>
      </p>
      <p>{t(`evidence.explanation.${level}`)}</p>
      <ol className={styles.ladder} aria-label={t('evidence.ladderLabel')}>
        {EVIDENCE_LADDER.map((rung, index) => (
          <li
            key={rung}
            className={index < step ? `${styles.rung} ${styles.reached}` : styles.rung}
            aria-current={rung === level ? 'step' : undefined}
          >
            <span>{t(`enums.EvidenceLevel.${rung}`)}</span>
            {rung === level && <span className={styles.current}>{t('evidence.currentStep')}</span>}
          </li>
        ))}
      </ol>
      {(rationale || ratedOn) && (
        <div>
          <h3>{t('evidence.rationale')}</h3>
          {rationale && (
            <p>
              <TextWithMentions text={rationale} mentions={rationaleMentions} />
            </p>
          )}
          {ratedOn && <p className="meta">{t('evidence.ratedOn', { date: formatDate(ratedOn) })}</p>}
        </div>
      )}
    </section>
  );
}
