import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { formatDate } from '../../../shared/lib/format';
import type { TermQuery } from '../graphql/term.generated';
import { AnnotationForm } from './AnnotationForm';
import { AnnotationList } from './AnnotationList';

type Definition = TermQuery['term']['definitions'][number];

interface DefinitionCardProps {
  definition: Definition;
  termSlug: string;
  canAnnotate: boolean;
}

export function DefinitionCard({ definition, termSlug, canAnnotate }: DefinitionCardProps) {
  const { t } = useTranslation();
  const [annotating, setAnnotating] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const perspectiveLabel = t(`enums.Perspective.${definition.perspective}`);

  return (
    <article className="definition" aria-label={`${perspectiveLabel}: ${definition.organization?.name ?? ''}`}>
      <blockquote className="definition__text">
        <Markdown text={definition.text} />
      </blockquote>
      <dl className="definition__meta">
        {definition.source && (
          <div>
            <dt>{t('term.source')}</dt>
            <dd>
              {definition.sourceUrl && /^https?:\/\//.test(definition.sourceUrl) ? (
                <a href={definition.sourceUrl} rel="noopener noreferrer nofollow">
                  {definition.source}
                </a>
              ) : (
                definition.source
              )}
            </dd>
          </div>
        )}
        {definition.organization && (
          <div>
            <dt>{t('term.organization')}</dt>
            <dd>
              <Link to={`/organisaties/${definition.organization.slug}`}>{definition.organization.name}</Link>
            </dd>
          </div>
        )}
        {definition.author && (
          <div>
            <dt>{t('term.author')}</dt>
            <dd>{definition.author.name}</dd>
          </div>
        )}
      </dl>
      <p className="meta">
        {t('term.version', { version: definition.version })} · {t('term.addedOn', { date: formatDate(definition.createdAt) })}
      </p>

      <h4 className="definition__annotations-heading">
        {t('term.annotations')} <span className="meta">({definition.annotations.length})</span>
      </h4>
      <AnnotationList annotations={definition.annotations} />
      <p role="status" className={confirmation ? 'notice notice--success' : 'visually-hidden'}>
        {confirmation}
      </p>
      {canAnnotate &&
        (annotating ? (
          <AnnotationForm
            termSlug={termSlug}
            definitionId={definition.id}
            perspectiveLabel={perspectiveLabel}
            onDone={(message) => {
              setAnnotating(false);
              setConfirmation(message);
            }}
            onCancel={() => setAnnotating(false)}
          />
        ) : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setConfirmation('');
              setAnnotating(true);
            }}
          >
            {t('term.annotate')}
            <span className="visually-hidden"> ({perspectiveLabel})</span>
          </button>
        ))}
    </article>
  );
}
