import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import { type EditableFinding, FindingForm } from './FindingForm';
import styles from './EditorFindingList.module.css';
import { WithdrawFindingDialog } from './WithdrawFindingDialog';

interface EditorFindingListProps {
  findings: EditableFinding[];
  onDirtyChange: (dirty: boolean) => void;
}

type Notice = { kind: 'corrected' | 'withdrawn'; findingId: string };

/**
 * The project's results as its editors see them: each can be corrected (a new version, with a
 * reason readers see) or withdrawn; a withdrawn result stays listed, marked, and changes no more.
 */
export function EditorFindingList({ findings, onDirtyChange }: EditorFindingListProps) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<EditableFinding | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());

  // After a correction or withdrawal, focus returns to the result it was about.
  useEffect(() => {
    if (notice) items.current.get(notice.findingId)?.focus();
  }, [notice]);

  const finishCorrection = (finding: EditableFinding, corrected: boolean) => {
    setCorrecting(null);
    onDirtyChange(false);
    if (corrected) setNotice({ kind: 'corrected', findingId: finding.id });
    else items.current.get(finding.id)?.focus();
  };

  if (!findings.length) return <p>{t('editor.noFindings')}</p>;
  return (
    <>
      <p role="status" className={notice ? 'notice notice--success' : 'visually-hidden'}>
        {notice ? t(`editor.finding.${notice.kind}`) : ''}
      </p>
      <ul className={`plain-list ${styles.list}`}>
        {findings.map((finding) => (
          <li
            key={finding.id}
            tabIndex={-1}
            className={styles.item}
            ref={(element) => {
              if (element) items.current.set(finding.id, element);
              else items.current.delete(finding.id);
            }}
          >
            <div className={styles.row}>
              <p className={styles.title}>
                <strong>{finding.title}</strong>{' '}
                <span className="meta">
                  · {t(`enums.FindingKind.${finding.kind}`)}
                  {finding.version > 1 && ` · ${t('editor.finding.version', { version: finding.version })}`}
                </span>
              </p>
              {!finding.withdrawnAt && correcting !== finding.id && (
                <p className={styles.actions}>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('editor.finding.correctNamed', { title: finding.title })}
                    onClick={() => {
                      setNotice(null);
                      setCorrecting(finding.id);
                    }}
                  >
                    {t('editor.finding.correct')}
                  </button>
                  <button
                    type="button"
                    className="button button--danger-quiet"
                    aria-label={t('editor.finding.withdrawNamed', { title: finding.title })}
                    onClick={() => {
                      setNotice(null);
                      setWithdrawing(finding);
                    }}
                  >
                    {t('editor.finding.withdraw')}
                  </button>
                </p>
              )}
            </div>
            {finding.withdrawnAt ? (
              <p className={styles.withdrawn}>
                {t('project.finding.withdrawnNotice', { date: formatDate(finding.withdrawnAt), reason: finding.withdrawalReason ?? '' })}
              </p>
            ) : (
              finding.correctedAt && (
                <p className="meta">{t('project.finding.correctedNotice', { date: formatDate(finding.correctedAt), reason: finding.correctionReason ?? '' })}</p>
              )
            )}
            {correcting === finding.id && (
              <FindingForm
                correcting={finding}
                onDirtyChange={onDirtyChange}
                onCorrected={() => finishCorrection(finding, true)}
                onCancel={() => finishCorrection(finding, false)}
              />
            )}
          </li>
        ))}
      </ul>
      <WithdrawFindingDialog
        finding={withdrawing}
        onWithdrawn={() => {
          setNotice({ kind: 'withdrawn', findingId: withdrawing!.id });
          setWithdrawing(null);
        }}
        onCancel={() => setWithdrawing(null)}
      />
    </>
  );
}
