import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { formatDate } from '../../../shared/lib/format';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import type { TermQuery } from '../graphql/term.generated';
import { useAnnotateDefinition } from '../hooks/useAnnotateDefinition';
import { AnnotationForm } from './AnnotationForm';
import { AnnotationThreads } from './AnnotationThreads';
import { DefinitionElements, type DefinitionProfile } from './DefinitionElements';
import { DefinitionRelations } from './DefinitionRelations';
import { RelateDefinitionForm } from './RelateDefinitionForm';
import { ReviseDefinitionForm } from './ReviseDefinitionForm';
import { VersionHistory } from './VersionHistory';
import styles from './DefinitionCard.module.css';

type Definition = TermQuery['term']['definitions'][number];

interface DefinitionCardProps {
  definition: Definition;
  /** All definitions of the term: the other side of relations. */
  definitions: Definition[];
  /** This definition's words in the comparison, when the term has one. */
  profile: DefinitionProfile | undefined;
  /** Whether this reader may state relations between definitions (researchers, admins). */
  canRelate: boolean;
  /** What this reader may annotate with; empty when they may not annotate. */
  motivations: readonly AnnotationMotivation[];
  /** Only annotation threads with this motivation; null for all. */
  annotationFilter: AnnotationMotivation | null;
}

type OpenForm = 'annotation' | 'relation' | 'revision' | null;

export function DefinitionCard({ definition, definitions, profile, canRelate, motivations, annotationFilter }: DefinitionCardProps) {
  const { t } = useTranslation();
  const [annotate] = useAnnotateDefinition();
  const canAnnotate = motivations.length > 0;
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [confirmation, setConfirmation] = useState('');
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  // The form and its button are gone once saved: focus goes to what happened, not to the page's top.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  const perspectiveLabel = t(`enums.Perspective.${definition.perspective}`);
  const others = definitions.filter((other) => other.id !== definition.id);
  const open = (form: OpenForm) => {
    setConfirmation('');
    setOpenForm(form);
  };
  const done = (message: string) => {
    setOpenForm(null);
    setConfirmation(message);
  };

  return (
    <article className={styles.definition} aria-label={`${perspectiveLabel}: ${definition.organization?.name ?? ''}`}>
      <blockquote className={styles.text} lang="nl">
        <Markdown text={definition.text} />
      </blockquote>
      <dl className={styles.meta}>
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
      <VersionHistory definitionId={definition.id} versions={definition.versions} current={definition.version} />

      {profile && <DefinitionElements profile={profile} />}

      <h4 className={styles.sectionHeading}>
        {t('term.relation.heading')} <span className="meta">({definition.relations.length})</span>
      </h4>
      <DefinitionRelations definition={definition} definitions={definitions} onWithdrawn={setConfirmation} />

      <h4 className={styles.sectionHeading}>
        {t('term.annotations')} <span className="meta">({definition.annotations.length})</span>
      </h4>
      <AnnotationThreads
        definitionId={definition.id}
        annotations={definition.annotations}
        currentVersion={definition.version}
        motivations={motivations}
        filter={annotationFilter}
        onChanged={setConfirmation}
      />
      <p role="status" ref={confirmationRef} tabIndex={-1} className={confirmation ? 'notice notice--success' : 'visually-hidden'}>
        {confirmation}
      </p>
      {canAnnotate && openForm === 'annotation' && (
        <AnnotationForm
          idPrefix={`annotation-${definition.id}`}
          label={t('term.annotateDefinition', { perspective: perspectiveLabel })}
          submitLabel={t('term.saveAnnotation')}
          motivations={motivations}
          onSave={async (values) => {
            await annotate({ input: { definitionId: definition.id, ...values } });
            done(t('term.annotationSaved'));
          }}
          onCancel={() => setOpenForm(null)}
        />
      )}
      {definition.viewerCanRevise && openForm === 'revision' && (
        <ReviseDefinitionForm definition={definition} perspectiveLabel={perspectiveLabel} onDone={done} onCancel={() => setOpenForm(null)} />
      )}
      {canRelate && openForm === 'relation' && (
        <RelateDefinitionForm definition={definition} others={others} onDone={done} onCancel={() => setOpenForm(null)} />
      )}
      {(canAnnotate || canRelate || definition.viewerCanRevise) && openForm === null && (
        <div className={styles.actions}>
          {definition.viewerCanRevise && (
            <button type="button" className="button button--quiet" onClick={() => open('revision')}>
              {t('term.revision.revise')}
              <span className="visually-hidden"> ({perspectiveLabel})</span>
            </button>
          )}
          {canAnnotate && (
            <button type="button" className="button button--quiet" onClick={() => open('annotation')}>
              {t('term.annotate')}
              <span className="visually-hidden"> ({perspectiveLabel})</span>
            </button>
          )}
          {canRelate && others.length > 0 && (
            <button type="button" className="button button--quiet" onClick={() => open('relation')}>
              {t('term.relation.relate')}
              <span className="visually-hidden"> ({perspectiveLabel})</span>
            </button>
          )}
        </div>
      )}
    </article>
  );
}
