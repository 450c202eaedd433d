import { useTranslation } from 'react-i18next';
import { countChangedWords, wordDiff } from '../lib/word-diff';
import styles from './VersionDiff.module.css';

interface VersionDiffProps {
  /** What is compared, e.g. "Tekst" or "Bron". */
  label: string;
  before: string;
  after: string;
}

/**
 * The words one version added and removed, in place: <del> and <ins>, struck through and
 * underlined, and named in words for screen readers (the role of those elements is not read
 * out everywhere). The content is Dutch, whatever the interface language.
 */
export function VersionDiff({ label, before, after }: VersionDiffProps) {
  const { t, i18n } = useTranslation();
  const parts = wordDiff(before, after);
  const counts = countChangedWords(parts);
  const summary =
    before === after
      ? t('term.history.diff.same')
      : counts.added || counts.removed
        ? [t('term.history.diff.wordsAdded', { count: counts.added }), t('term.history.diff.wordsRemoved', { count: counts.removed })].join(', ')
        : t('term.history.diff.punctuationOnly');
  const marker = (key: 'added' | 'removed', edge: 'start' | 'end') => (
    <span className="visually-hidden" lang={i18n.language}>
      {edge === 'start' ? `[${t(`term.history.diff.${key}`)}: ` : ']'}
    </span>
  );
  return (
    <>
      <p className={styles.label}>
        {label}: {summary}
      </p>
      {before !== after && (
        <p className={styles.diff} lang="nl">
          {parts.map((part, index) =>
            part.change === 'added' ? (
              <ins key={index}>
                {marker('added', 'start')}
                {part.text}
                {marker('added', 'end')}
              </ins>
            ) : part.change === 'removed' ? (
              <del key={index}>
                {marker('removed', 'start')}
                {part.text}
                {marker('removed', 'end')}
              </del>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
      )}
    </>
  );
}

/** How the diff is drawn, in words: shown once above the diffs. */
export function VersionDiffLegend() {
  const { t } = useTranslation();
  return (
    <p className={styles.legend} aria-hidden="true">
      <span>
        <del>{t('term.history.diff.removedExample')}</del> = {t('term.history.diff.removed')}
      </span>
      <span>
        <ins>{t('term.history.diff.addedExample')}</ins> = {t('term.history.diff.added')}
      </span>
    </p>
  );
}
