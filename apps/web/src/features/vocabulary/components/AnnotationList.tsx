import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { formatDate } from '../../../shared/lib/format';
import type { TermQuery } from '../graphql/term.generated';
import { MotivationIcon } from './MotivationIcon';
import styles from './AnnotationList.module.css';
import { MOTIVATION_COLOUR } from './motivations';

type Annotation = TermQuery['term']['definitions'][number]['annotations'][number];

export function AnnotationList({ annotations }: { annotations: Annotation[] }) {
  const { t } = useTranslation();
  if (!annotations.length) return <p className="meta">{t('term.noAnnotations')}</p>;
  return (
    <ul className={styles.annotations}>
      {annotations.map((annotation) => (
        <li key={annotation.id} className={`${styles.annotation} ${MOTIVATION_COLOUR[annotation.motivation] ?? ''}`}>
          <p className={styles.motivation}>
            <MotivationIcon motivation={annotation.motivation} />
            {t(`enums.AnnotationMotivation.${annotation.motivation}`)}
          </p>
          <div className={styles.body}>
            <Markdown text={annotation.body} />
          </div>
          {annotation.references.length > 0 && (
            <ul className={styles.references} aria-label={t('term.references')}>
              {annotation.references.map((reference) => (
                <li key={reference}>
                  {/^https?:\/\//.test(reference) ? (
                    <a href={reference} rel="noopener noreferrer nofollow">
                      {reference}
                    </a>
                  ) : (
                    reference
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="meta">
            {t('term.annotationBy', { name: annotation.author?.name ?? t('common.unknown'), date: formatDate(annotation.createdAt) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
