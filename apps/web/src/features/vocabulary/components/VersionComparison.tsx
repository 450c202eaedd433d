import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/components/form/SelectField';
import type { Version } from './VersionHistory';
import { VersionDiff, VersionDiffLegend } from './VersionDiff';
import styles from './VersionHistory.module.css';

/** Two versions chosen by the reader (the newest two at first), and the words that differ between them. */
export function VersionComparison({ definitionId, versions }: { definitionId: string; versions: Version[] }) {
  const { t } = useTranslation();
  const newest = versions[versions.length - 1].version;
  const [from, setFrom] = useState(String(newest - 1));
  const [to, setTo] = useState(String(newest));
  const before = versions.find((version) => String(version.version) === from);
  const after = versions.find((version) => String(version.version) === to);
  const options = versions.map((version) => ({ value: String(version.version), label: t('term.version', { version: version.version }) }));
  const headingId = `compare-${definitionId}-heading`;
  return (
    <section className={styles.comparison} aria-labelledby={headingId}>
      <h5 id={headingId}>{t('term.history.compareHeading')}</h5>
      <div className={styles.pickers}>
        <SelectField id={`compare-${definitionId}-from`} label={t('term.history.compareFrom')} value={from} options={options} onChange={setFrom} />
        <SelectField id={`compare-${definitionId}-to`} label={t('term.history.compareTo')} value={to} options={options} onChange={setTo} />
      </div>
      {before && after && before !== after ? (
        <div>
          <VersionDiffLegend />
          <VersionDiff label={t('term.history.diff.text')} before={before.text} after={after.text} />
          {before.source !== after.source && <VersionDiff label={t('term.source')} before={before.source} after={after.source} />}
        </div>
      ) : (
        <p className="meta">{t('term.history.compareSame')}</p>
      )}
    </section>
  );
}
