import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { formatDate } from '../../../shared/lib/format';
import type { TermQuery } from '../graphql/term.generated';
import { MotivationIcon } from './MotivationIcon';

type Annotation = TermQuery['term']['definitions'][number]['annotations'][number];

interface AnnotationListProps {
  annotations: Annotation[];
  /** The definition's current version: an annotation on an older one may answer words that changed since. */
  currentVersion: number;
}

export function AnnotationList({ annotations, currentVersion }: AnnotationListProps) {
  const { t } = useTranslation();
  if (!annotations.length) return <p className="meta">{t('term.noAnnotations')}</p>;
  return (
    <ul className="annotations">
      {annotations.map((annotation) => (
        <li key={annotation.id} className={`annotation annotation--${annotation.motivation.toLowerCase()}`}>
          <p className="annotation__motivation">
            <MotivationIcon motivation={annotation.motivation} />
            {t(`enums.AnnotationMotivation.${annotation.motivation}`)}
          </p>
          <div className="annotation__body" lang="nl">
            <Markdown text={annotation.body} />
          </div>
          {annotation.references.length > 0 && (
            <ul className="annotation__references" aria-label={t('term.references')}>
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
            {t('term.annotationBy', { name: annotation.author?.name ?? t('common.unknown'), date: formatDate(annotation.createdAt) })} ·{' '}
            {annotation.definitionVersion === currentVersion
              ? t('term.annotationOnVersion', { version: annotation.definitionVersion })
              : t('term.annotationOnEarlierVersion', { version: annotation.definitionVersion })}
          </p>
        </li>
      ))}
    </ul>
  );
}
