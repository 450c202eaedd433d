import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import type { Highlight } from '../../../shared/components/markdown/remark-highlights';
import { hasDraft } from '../../../shared/hooks/useFormDraft';
import { draftKey } from '../../../shared/lib/form-drafts';
import { formatDate } from '../../../shared/lib/format';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import { useSession } from '../../auth/hooks/useSession';
import type { TermQuery } from '../graphql/term.generated';
import { useAnnotateDefinition } from '../hooks/useAnnotateDefinition';
import { anchoredPassages, type PassageSelection, selectionIn } from '../lib/passages';
import { AnnotationThreads } from './AnnotationThreads';
import { DefinitionElements, type DefinitionProfile } from './DefinitionElements';
import { DefinitionRelations } from './DefinitionRelations';
import { AnnotationForm, RelateDefinitionForm, ReviseDefinitionForm } from './on-demand';
import { SourceCredit } from './SourceCredit';
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
  const userId = useSession()?.user.id;
  const annotationDraft = userId ? draftKey(userId, `annotation:${definition.id}`) : null;
  const revisionDraft = userId ? draftKey(userId, `revision:${definition.id}`) : null;
  // A form with unsaved input from before (a session that ended, a reload) opens again by itself.
  const [openForm, setOpenForm] = useState<OpenForm>(() => (hasDraft(revisionDraft) ? 'revision' : hasDraft(annotationDraft) ? 'annotation' : null));
  useEffect(() => {
    if (openForm === null && hasDraft(revisionDraft)) setOpenForm('revision');
    else if (openForm === null && hasDraft(annotationDraft)) setOpenForm('annotation');
    // Only when who is signed in becomes known: the session is checked after the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  const [chosenPassage, setChosenPassage] = useState<{ selection: PassageSelection; key: number } | null>(null);
  const textRef = useRef<HTMLQuoteElement>(null);
  const [confirmation, setConfirmation] = useState('');
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  // The form and its button are gone once saved: focus goes to what happened, not to the page's top.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  const perspectiveLabel = t(`enums.Perspective.${definition.perspective}`);
  const publisher = definition.sourcePublisher || definition.organization?.name;
  const others = definitions.filter((other) => other.id !== definition.id);
  const open = (form: OpenForm) => {
    setConfirmation('');
    setOpenForm(form);
  };
  const done = (message: string) => {
    setOpenForm(null);
    setChosenPassage(null);
    setConfirmation(message);
  };

  const passages = useMemo(() => anchoredPassages(definition.annotations), [definition.annotations]);
  const highlights: Highlight[] = passages.map(({ annotation, number, start, end }) => ({
    id: annotation.id,
    start,
    end,
    target: `annotation-${annotation.id}`,
    marker: String(number),
    markerLabel: t('term.passage.markerLabel', {
      number,
      about: t('term.thread.about', { motivation: t(`enums.AnnotationMotivation.${annotation.motivation}`), name: annotation.author?.name ?? t('common.unknown') }),
    }),
  }));
  const numberOf = (annotationId: string) => passages.find(({ annotation }) => annotation.id === annotationId)?.number;
  const showPassage = (annotationId: string) => {
    const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-passages~="${CSS.escape(annotationId)}"]`);
    mark?.focus();
    mark?.scrollIntoView({ block: 'center' });
  };
  const noticeSelection = () => {
    if (canAnnotate && textRef.current) setSelection(selectionIn(textRef.current, window.getSelection()));
  };
  const annotateSelection = () => {
    if (!selection) return;
    setConfirmation('');
    // A new selection starts a new form, with these words as its passage.
    setChosenPassage((current) => ({ selection, key: (current?.key ?? 0) + 1 }));
    setOpenForm('annotation');
    setSelection(null);
  };

  return (
    <article className={styles.definition} aria-label={publisher ? `${perspectiveLabel}: ${publisher}` : perspectiveLabel}>
      {/* Selecting words (mouse, or keyboard with caret browsing) offers to annotate them; the form's passage field is the way without selecting. */}
      <blockquote className={styles.text} lang="nl" ref={textRef} onMouseUp={noticeSelection} onKeyUp={noticeSelection}>
        <Markdown text={definition.text} highlights={highlights} />
      </blockquote>
      {selection && (
        <div className={styles.selectionAction}>
          <button type="button" className="button" onClick={annotateSelection}>
            {t('term.passage.annotateSelection')}
          </button>
          <span className="meta">
            {' '}
            “<span lang="nl">{selection.exact.length > 60 ? `${selection.exact.slice(0, 60)}…` : selection.exact}</span>”
          </span>
        </div>
      )}
      <SourceCredit definition={definition} />
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
        passageNumber={numberOf}
        onShowPassage={showPassage}
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
          key={chosenPassage?.key ?? 0}
          idPrefix={`annotation-${definition.id}`}
          label={t('term.annotateDefinition', { perspective: perspectiveLabel })}
          submitLabel={t('term.saveAnnotation')}
          motivations={motivations}
          passageText={definition.text}
          selection={chosenPassage?.selection}
          draftKey={annotationDraft}
          onSave={async (values) => {
            await annotate({ input: { definitionId: definition.id, ...values } });
            done(t(values.quote ? 'term.passage.saved' : 'term.annotationSaved'));
          }}
          onCancel={() => {
            setOpenForm(null);
            setChosenPassage(null);
          }}
        />
      )}
      {definition.viewerCanRevise && openForm === 'revision' && (
        <ReviseDefinitionForm definition={definition} perspectiveLabel={perspectiveLabel} draftKey={revisionDraft} onDone={done} onCancel={() => setOpenForm(null)} />
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
