import { useTranslation } from 'react-i18next';
import type { EvidenceLevel } from '../../../graphql/schema-types.generated';
import { TextWithMentions } from '../../../shared/components/TextWithMentions';
import { formatDate } from '../../../shared/lib/format';
import type { TermMention } from '../../../shared/lib/term-mentions';

/** The Dutch recognition ladder, lowest to highest. */
const LADDER: EvidenceLevel[] = ['WELL_DESCRIBED', 'THEORETICALLY_SOUND', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS'];

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
  const step = LADDER.indexOf(level) + 1;
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('evidence.heading')}</h2>
      <p className="evidence__level">
        <strong>{t(`enums.EvidenceLevel.${level}`)}</strong>{' '}
        <span className="evidence__step">({t('evidence.stepOf', { step, steps: LADDER.length })})</span>
      </p>
      <p>{t(`evidence.explanation.${level}`)}</p>
      <ol className="ladder" aria-label={t('evidence.ladderLabel')}>
        {LADDER.map((rung, index) => (
          <li
            key={rung}
            className={index < step ? 'ladder__rung ladder__rung--reached' : 'ladder__rung'}
            aria-current={rung === level ? 'step' : undefined}
          >
            <span className="ladder__name">{t(`enums.EvidenceLevel.${rung}`)}</span>
            {rung === level && <span className="ladder__current">{t('evidence.currentStep')}</span>}
          </li>
        ))}
      </ol>
      {(rationale || ratedOn) && (
        <div className="evidence__rationale">
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
