import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { describeApiError } from '../../../shared/lib/api-errors';
import { hasDraft } from '../../../shared/hooks/useFormDraft';
import { draftKey } from '../../../shared/lib/form-drafts';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../auth/hooks/useSession';
import { canChangeAnnotation } from '../../auth/lib/permissions';
import type { TermQuery } from '../graphql/term.generated';
import { useAnnotateDefinition } from '../hooks/useAnnotateDefinition';
import { useDeleteAnnotation } from '../hooks/useDeleteAnnotation';
import { useUpdateAnnotation } from '../hooks/useUpdateAnnotation';
import { annotationsIn, countByMotivation, type Thread, threadHas, threadsOf } from '../lib/annotation-threads';
import { AnnotationForm } from './on-demand';
import { MotivationIcon } from './MotivationIcon';
import styles from './AnnotationThreads.module.css';
import { MOTIVATION_COLOUR } from './motivations';

type Annotation = TermQuery['term']['definitions'][number]['annotations'][number];

interface AnnotationThreadsProps {
  definitionId: string;
  annotations: Annotation[];
  /** The definition's current version: an annotation on an older one may answer words that changed since. */
  currentVersion: number;
  /** What this reader may annotate with; empty when they may not annotate (the API decides). */
  motivations: readonly AnnotationMotivation[];
  /** Only threads with an annotation of this motivation; null for all. */
  filter: AnnotationMotivation | null;
  /** Something was replied, edited or deleted: the card says so and takes focus. */
  onChanged: (message: string) => void;
  /** The number of an annotation's passage as marked in the text; undefined when it has none there. */
  passageNumber: (annotationId: string) => number | undefined;
  /** Moves focus to the annotation's passage in the text. */
  onShowPassage: (annotationId: string) => void;
}

type OpenForm = { annotationId: string; kind: 'reply' | 'edit' } | null;

/**
 * A definition's annotations as threads: each with its motivation in words and icon, the version
 * it was made on, whether it was edited, and replies nested under what they answer. Who may
 * annotate replies; authors (and admins) edit and delete their own.
 */
export function AnnotationThreads({ definitionId, annotations, currentVersion, motivations, filter, onChanged, passageNumber, onShowPassage }: AnnotationThreadsProps) {
  const { t } = useTranslation();
  const messageFor = useErrorMessage();
  const userId = useSession()?.user.id;
  const formDraft = (form: NonNullable<OpenForm>) => (userId ? draftKey(userId, `${form.kind}:${form.annotationId}`) : null);
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  // A reply or edit with unsaved input from before (a session that ended, a reload) opens again.
  useEffect(() => {
    if (!userId) return;
    const kinds = ['reply', 'edit'] as const;
    const drafted = annotations.flatMap(({ id }) => kinds.map((kind) => ({ annotationId: id, kind }))).find((form) => hasDraft(draftKey(userId, `${form.kind}:${form.annotationId}`)));
    if (drafted) setOpenForm((current) => current ?? drafted);
    // Only once who is signed in is known; later drafts belong to forms already open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);
  const [deleting, setDeleting] = useState<{ annotation: Annotation; replies: number } | null>(null);
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);
  const [annotate] = useAnnotateDefinition();
  const [update] = useUpdateAnnotation();
  const [remove, { loading: removing }] = useDeleteAnnotation();
  const session = useSession();

  const threads = threadsOf(annotations);
  const shown = threads.filter((thread) => threadHas(thread, filter));
  const counts = countByMotivation(annotations).filter(({ count }) => count > 0);

  const onDelete = async () => {
    if (!deleting) return;
    const { annotation } = deleting;
    setDeleting(null);
    setFailure(null);
    try {
      await remove({ id: annotation.id });
      onChanged(t('term.thread.deleted'));
    } catch (problem) {
      setFailure({ id: annotation.id, message: messageFor(describeApiError(problem)) });
    }
  };

  const renderThread = (thread: Thread<Annotation>) => {
    const { annotation } = thread;
    const author = annotation.author?.name ?? t('common.unknown');
    const motivationLabel = t(`enums.AnnotationMotivation.${annotation.motivation}`);
    const about = t('term.thread.about', { motivation: motivationLabel, name: author });
    const mayChange = canChangeAnnotation(session?.user, annotation.author?.id);
    const open = openForm?.annotationId === annotation.id ? openForm.kind : null;
    const isReply = !!annotation.replyTo;
    return (
      // The replies sit beside the annotation, not inside it: the motivation styles of an
      // annotation would otherwise reach into its replies.
      <li key={annotation.id}>
        {/* Focusable from script: the numbered link after a marked passage moves focus here. */}
        <div id={`annotation-${annotation.id}`} tabIndex={-1} className={`${styles.annotation} ${MOTIVATION_COLOUR[annotation.motivation] ?? ''}`}>
          <p className={styles.motivation}>
            <MotivationIcon motivation={annotation.motivation} />
            {motivationLabel}
            {isReply && <span className="visually-hidden"> ({t('term.thread.reply')})</span>}
          </p>
          {annotation.quote && <PassageOf annotation={annotation} number={passageNumber(annotation.id)} onShow={() => onShowPassage(annotation.id)} />}
          <div className={styles.body} lang="nl">
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
            {t('term.annotationBy', { name: author, date: formatDate(annotation.createdAt) })} ·{' '}
            {annotation.definitionVersion === currentVersion
              ? t('term.annotationOnVersion', { version: annotation.definitionVersion })
              : t('term.annotationOnEarlierVersion', { version: annotation.definitionVersion })}
            {annotation.editedAt && (
              <>
                {' · '}
                <span className={styles.edited}>{t('term.thread.edited', { date: formatDate(annotation.editedAt) })}</span>
              </>
            )}
          </p>
          {open === null && (motivations.length > 0 || mayChange) && (
            <div className={styles.actions}>
              {motivations.length > 0 && (
                <button type="button" className="button button--quiet" onClick={() => setOpenForm({ annotationId: annotation.id, kind: 'reply' })}>
                  {t('term.thread.replyAction')}
                  <span className="visually-hidden"> ({about})</span>
                </button>
              )}
              {mayChange && (
                <>
                  <button type="button" className="button button--quiet" onClick={() => setOpenForm({ annotationId: annotation.id, kind: 'edit' })}>
                    {t('term.thread.edit')}
                    <span className="visually-hidden"> ({about})</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={removing}
                    onClick={() => setDeleting({ annotation, replies: annotationsIn(thread).length - 1 })}
                  >
                    {t('term.thread.delete')}
                    <span className="visually-hidden"> ({about})</span>
                  </button>
                </>
              )}
            </div>
          )}
          {failure?.id === annotation.id && (
            <p className="notice notice--error" role="alert">
              {failure.message}
            </p>
          )}
          {open === 'reply' && (
            <AnnotationForm
              idPrefix={`reply-${annotation.id}`}
              draftKey={formDraft({ annotationId: annotation.id, kind: 'reply' })}
              label={t('term.thread.replyFormLabel', { name: author })}
              submitLabel={t('term.thread.saveReply')}
              motivations={motivations}
              onSave={async (values) => {
                await annotate({ input: { definitionId, replyToId: annotation.id, ...values } });
                setOpenForm(null);
                onChanged(t('term.thread.replied'));
              }}
              onCancel={() => setOpenForm(null)}
            />
          )}
          {open === 'edit' && (
            <AnnotationForm
              idPrefix={`edit-${annotation.id}`}
              draftKey={formDraft({ annotationId: annotation.id, kind: 'edit' })}
              label={t('term.thread.editFormLabel')}
              submitLabel={t('term.thread.saveEdit')}
              motivations={motivations}
              initial={{ motivation: annotation.motivation, body: annotation.body, references: annotation.references }}
              onSave={async (values) => {
                await update({ id: annotation.id, input: values });
                setOpenForm(null);
                onChanged(t('term.thread.saved'));
              }}
              onCancel={() => setOpenForm(null)}
            />
          )}
        </div>
        {thread.replies.length > 0 && (
          <ul className={`${styles.annotations} ${styles.replies}`} aria-label={t('term.thread.repliesTo', { name: author })}>
            {thread.replies.map(renderThread)}
          </ul>
        )}
      </li>
    );
  };

  return (
    <>
      {counts.length > 0 && (
        <ul className={styles.counts} aria-label={t('term.thread.countsLabel')}>
          {counts.map(({ motivation, count }) => (
            <li key={motivation}>
              <MotivationIcon motivation={motivation} />
              {t(`enums.AnnotationMotivation.${motivation}`)}: {count}
            </li>
          ))}
        </ul>
      )}
      {!annotations.length && <p className="meta">{t('term.noAnnotations')}</p>}
      {annotations.length > 0 && !shown.length && <p className="meta">{t('term.thread.noneOfKind')}</p>}
      {shown.length > 0 && <ul className={styles.annotations}>{shown.map(renderThread)}</ul>}
      <ConfirmDialog
        open={!!deleting}
        title={t('term.thread.deleteTitle')}
        body={t('term.thread.deleteBody', { count: deleting?.replies ?? 0 })}
        cancelLabel={t('common.cancel')}
        confirmLabel={t('term.thread.deleteConfirm')}
        busy={removing}
        onConfirm={onDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

/**
 * The passage an annotation is about: its number in the text and a way there, or, when a
 * revision took the passage away, "passage gewijzigd" with the words as they were quoted.
 */
function PassageOf({ annotation, number, onShow }: { annotation: Annotation; number: number | undefined; onShow: () => void }) {
  const { t } = useTranslation();
  const status = annotation.anchor?.status;
  const quote = (
    <q className={styles.quote} lang="nl">
      {annotation.quote!.exact}
    </q>
  );
  if (status === 'ORPHANED' || number === undefined) {
    return (
      <p className={styles.passage}>
        <span className={styles.passageChanged}>{t('term.passage.changed')}</span> {t('term.passage.quotedWas')} {quote}
      </p>
    );
  }
  return (
    <p className={styles.passage}>
      {t('term.passage.about', { number })} {quote}
      {status === 'APPROXIMATE' && <> ({t('term.passage.approximate')})</>}{' '}
      <button type="button" className={`button button--quiet ${styles.showPassage}`} onClick={onShow}>
        {t('term.passage.show', { number })}
      </button>
    </p>
  );
}
