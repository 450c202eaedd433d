import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../shared/components/DataTable';
import { useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import { formatDate, formatDecimal } from '../../../shared/lib/format';
import { type HistoryPoint, sessionNumbers } from '../lib/term-history-chart';
import styles from './TermHistory.module.css';

/** The chart's data as a table: one row per moment, with what happened then. */
export function TermHistoryTable({ points }: { points: HistoryPoint[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const numbers = sessionNumbers(points);
  return (
    <DataTable
      caption={t('termHistory.tableCaption')}
      rows={points}
      rowKey={(point) => point.at}
      columns={[
        { header: t('termHistory.moment'), cell: (point) => formatDate(point.at) },
        { header: t('termHistory.divergence'), cell: (point) => (point.divergence === null ? t('termHistory.noDivergence') : formatDecimal(point.divergence, 3)) },
        { header: t('termHistory.definitions'), cell: (point) => point.definitions },
        { header: t('termHistory.perspectives'), cell: (point) => point.perspectives },
        { header: t('termHistory.agreements'), cell: (point) => point.agreements },
        { header: t('termHistory.conflicts'), cell: (point) => point.conflicts },
        {
          header: t('termHistory.what'),
          cell: (point) => (
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
          ),
        },
      ]}
    />
  );
}
