import { useTranslation } from 'react-i18next';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import form from '../../../shared/components/form/form.module.css';
import { countByMotivation } from '../lib/annotation-threads';
import styles from './AnnotationFilter.module.css';
import { MotivationIcon } from './MotivationIcon';
import { MOTIVATION_COLOUR } from './motivations';

interface AnnotationFilterProps {
  /** Every annotation of the term, to count per motivation. */
  annotations: readonly { motivation: AnnotationMotivation }[];
  value: AnnotationMotivation | null;
  onChange: (value: AnnotationMotivation | null) => void;
}

/** Which annotation threads the definition cards show: all, or those with one motivation, each with its count on the term. */
export function AnnotationFilter({ annotations, value, onChange }: AnnotationFilterProps) {
  const { t } = useTranslation();
  const present = countByMotivation(annotations).filter(({ count }) => count > 0);
  if (!present.length) return null;
  return (
    <fieldset className={styles.filter}>
      <legend>{t('term.thread.filterLegend')}</legend>
      <label className={`${form.choice} ${styles.choice}`}>
        <input type="radio" name="annotation-filter" checked={value === null} onChange={() => onChange(null)} />
        {t('term.thread.filterAll', { count: annotations.length })}
      </label>
      {present.map(({ motivation, count }) => (
        <label key={motivation} className={`${form.choice} ${styles.choice} ${MOTIVATION_COLOUR[motivation] ?? ''}`}>
          <input type="radio" name="annotation-filter" checked={value === motivation} onChange={() => onChange(motivation)} />
          <MotivationIcon motivation={motivation} />
          {t(`enums.AnnotationMotivation.${motivation}`)} ({count})
        </label>
      ))}
    </fieldset>
  );
}
