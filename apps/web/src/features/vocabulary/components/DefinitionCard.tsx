import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { formatDate } from '../../../shared/lib/format';
import type { TermQuery } from '../graphql/term.generated';
import { AnnotationForm } from './AnnotationForm';
import { AnnotationList } from './AnnotationList';
import { DefinitionElements, type DefinitionProfile } from './DefinitionElements';
import { DefinitionRelations } from './DefinitionRelations';
import { RelateDefinitionForm } from './RelateDefinitionForm';
import { VersionHistory } from './VersionHistory';
import styles from './DefinitionCard.module.css';

type Definition = TermQuery['term']['definitions'][number];

interface DefinitionCardProps {
  definition: Definition;
  /** All definitions of the term: the other side of relations. */
  definitions: Definition[];
  /** This definition's words in the comparison, when the term has one. */
  profile: DefinitionProfile | undefined;
  canAnnotate: boolean;
}

type OpenForm = 'annotation' | 'relation' | null;

export function DefinitionCard({ definition, definitions, profile, canAnnotate }: DefinitionCardProps) {
  const { t } = useTranslation();
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
      <blockquote className={styles.text}>
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
      <VersionHistory versions={definition.versions} current={definition.version} />

      {profile && <DefinitionElements profile={profile} />}

      <h4 className={styles.sectionHeading}>
        {t('term.relation.heading')} <span className="meta">({definition.relations.length})</span>
      </h4>
      <DefinitionRelations definition={definition} definitions={definitions} onWithdrawn={setConfirmation} />

      <h4 className={styles.sectionHeading}>
        {t('term.annotations')} <span className="meta">({definition.annotations.length})</span>
      </h4>
      <AnnotationList annotations={definition.annotations} />
      <p role="status" ref={confirmationRef} tabIndex={-1} className={confirmation ? 'notice notice--success' : 'visually-hidden'}>
        {confirmation}
      </p>
      {canAnnotate && openForm === 'annotation' && (
        <AnnotationForm
          definitionId={definition.id}
          perspectiveLabel={perspectiveLabel}
          onDone={done}
          onCancel={() => setOpenForm(null)}
        />
      )}
      {canAnnotate && openForm === 'relation' && (
        <RelateDefinitionForm definition={definition} others={others} onDone={done} onCancel={() => setOpenForm(null)} />
      )}
      {canAnnotate && openForm === null && (
        <div className={styles.actions}>
          <button type="button" className="button button--quiet" onClick={() => open('annotation')}>
            {t('term.annotate')}
            <span className="visually-hidden"> ({perspectiveLabel})</span>
          </button>
          {others.length > 0 && (
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
