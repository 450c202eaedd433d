import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../i18n/i18n';
import { useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import { formatDate } from '../../../shared/lib/format';
import table from '../../../shared/styles/table.module.css';
import { type HistoryPoint, sessionNumbers } from '../lib/term-history-chart';
import styles from './TermHistory.module.css';

/** The chart's data as a table: one row per moment, with what happened then. */
export function TermHistoryTable({ points }: { points: HistoryPoint[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const captionId = useId();
  const numbers = sessionNumbers(points);
  const decimal = (value: number) => value.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return (
    <div className={table.wrapper} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={table.table}>
        <caption id={captionId}>
          {t('termHistory.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('termHistory.moment')}</th>
            <th scope="col">{t('termHistory.divergence')}</th>
            <th scope="col">{t('termHistory.definitions')}</th>
            <th scope="col">{t('termHistory.perspectives')}</th>
            <th scope="col">{t('termHistory.agreements')}</th>
            <th scope="col">{t('termHistory.conflicts')}</th>
            <th scope="col">{t('termHistory.what')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.at}>
              <th scope="row">{formatDate(point.at)}</th>
              <td>{point.divergence === null ? t('termHistory.noDivergence') : decimal(point.divergence)}</td>
              <td>{point.definitions}</td>
              <td>{point.perspectives}</td>
              <td>{point.agreements}</td>
              <td>{point.conflicts}</td>
              <td>
                <ul className={styles.changes}>
                  {point.sessions.map((session) => (
                    <li key={session.slug}>
                      <span className={styles.marker}>◆ </span>
                      <Link to={`/bijeenkomsten/${session.slug}`}>
                        {t('termHistory.sessionNumber', { number: numbers.get(session.slug) })} <span lang="nl">{session.title}</span>
                      </Link>
                    </li>
                  ))}
                  {point.changes.map((change, index) => (
                    <li key={index}>
                      {change.perspective
                        ? t('termHistory.withPerspective', { change: label('TermHistoryChange', change.change), perspective: label('Perspective', change.perspective) })
                        : label('TermHistoryChange', change.change)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
