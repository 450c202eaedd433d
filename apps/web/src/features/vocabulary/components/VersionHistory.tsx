import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { formatDateTime } from '../../../shared/lib/format';
import type { TermQuery } from '../graphql/term.generated';
import badge from '../../../shared/styles/badge.module.css';
import styles from './VersionHistory.module.css';

type Version = TermQuery['term']['definitions'][number]['versions'][number];

/**
 * A definition's history behind a disclosure: every version, newest first, with who wrote it,
 * when, and what it said then. The current version is marked in words. The versions render
 * only once the disclosure is opened: closed, they would be hidden text on every card.
 */
export function VersionHistory({ versions, current }: { versions: Version[]; current: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <details className={styles.versions} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('term.history.summary', { count: versions.length })}</summary>
      {open && versions.length === 1 && <p className="meta">{t('term.history.unchanged')}</p>}
      {open && (
        <ol className={styles.list} reversed>
          {newestFirst.map((version) => (
            <li key={version.version} className={version.version === current ? `${styles.version} ${styles.current}` : styles.version} aria-current={version.version === current ? 'true' : undefined}>
              <p className={styles.heading}>
                <strong>{t('term.version', { version: version.version })}</strong>
                {version.version === current && <span className={`${badge.badge} ${badge.marked}`}>{t('term.history.current')}</span>}
              </p>
              <p className="meta">
                {t('term.history.changedBy', { name: version.changedBy?.name ?? t('common.unknown'), date: formatDateTime(version.changedAt) })}
              </p>
              <div className={styles.text}>
                <Markdown text={version.text} />
              </div>
              {version.source && (
                <p className="meta">
                  {t('term.source')}: {version.source}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
