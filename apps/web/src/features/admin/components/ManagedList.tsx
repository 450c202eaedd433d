import { type ReactNode, type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../../shared/components/DataTable';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import form from '../../../shared/components/form/form.module.css';
import styles from './ManagedList.module.css';

export interface Announcement {
  text: string;
  statusRef: RefObject<HTMLParagraphElement | null>;
  /** Says what was just done in the status line, and moves the focus there so it is heard. */
  announce: (text: string) => void;
}

export function useAnnouncement(): Announcement {
  const [text, setText] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = useCallback((said: string) => {
    setText(said);
    requestAnimationFrame(() => statusRef.current?.focus());
  }, []);
  return { text, statusRef, announce };
}

interface ManagedListProps<Row> {
  /** Gives the section's heading its id. */
  name: string;
  heading: string;
  intro: string;
  /** The form that adds one. */
  adding: ReactNode;
  /** The edit form that is open, in a panel with its heading (if any) and a cancel button. */
  editing: { heading?: string; form: ReactNode; onCancel: () => void } | null;
  announcement: Announcement;
  list: { data: readonly Row[] | undefined; error: unknown; refetch: () => unknown };
  caption: string;
  columns: DataColumn<Row>[];
  rowKey: (row: Row) => string;
}

/** A list admins keep (organisations, themes): add one, see what was done, edit one, and the list as a table. */
export function ManagedList<Row>({ name, heading, intro, adding, editing, announcement, list, caption, columns, rowKey }: ManagedListProps<Row>) {
  const { t } = useTranslation();
  const headingId = `${name}-heading`;
  const editHeadingId = `${name}-edit-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      {adding}
      <p ref={announcement.statusRef} tabIndex={-1} role="status" className={styles.status}>
        {announcement.text}
      </p>
      {editing && (
        <section className={form.panel} aria-labelledby={editing.heading ? editHeadingId : undefined}>
          {editing.heading && <h3 id={editHeadingId}>{editing.heading}</h3>}
          {editing.form}
          <button type="button" className="button button--quiet" onClick={editing.onCancel}>
            {t('common.cancel')}
          </button>
        </section>
      )}
      {list.error && !list.data ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : !list.data ? (
        <LoadingState />
      ) : (
        <DataTable caption={caption} captionHidden rows={list.data} rowKey={rowKey} columns={columns} />
      )}
    </section>
  );
}
