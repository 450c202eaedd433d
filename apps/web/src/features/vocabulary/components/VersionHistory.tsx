import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { formatDateTime } from '../../../shared/lib/format';
import type { TermQuery } from '../graphql/term.generated';
import badge from '../../../shared/styles/badge.module.css';
import { VersionComparison } from './on-demand';
import styles from './VersionHistory.module.css';

export type Version = TermQuery['term']['definitions'][number]['versions'][number];

interface VersionHistoryProps {
  definitionId: string;
  /** Oldest first, as the API gives them. */
  versions: Version[];
  current: number;
}

/**
 * A definition's history behind a disclosure: what changed between any two versions, word by
 * word, and then every version, newest first, with who wrote it, when, why, and what it said.
 * The current version is marked in words. Nothing renders until the disclosure is opened:
 * closed, it would be hidden text on every card.
 */
export function VersionHistory({ definitionId, versions, current }: VersionHistoryProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <details className={styles.versions} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('term.history.summary', { count: versions.length })}</summary>
      {open && versions.length === 1 && <p className="meta">{t('term.history.unchanged')}</p>}
      {/* A new version resets the comparison to the newest two. */}
      {open && versions.length > 1 && <VersionComparison key={versions.length} definitionId={definitionId} versions={versions} />}
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
              {version.changeNote && (
                <p className={styles.note}>
                  {t('term.history.changeNote')}: <span lang="nl">{version.changeNote}</span>
                </p>
              )}
              <div className={styles.text} lang="nl">
                <Markdown text={version.text} />
              </div>
              {version.source && (
                <p className="meta">
                  {t('term.source')}: <span lang="nl">{version.source}</span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
