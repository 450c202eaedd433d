import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import { cellAt, cellSearchPath, type GapMap, rungOf } from '../lib/evidence-map';
import table from '../../../shared/styles/table.module.css';
import styles from './EvidenceMap.module.css';

/** The map's numbers as a table: the same rows and columns, each count a link to its interventions. */
export function EvidenceMapTable({ map }: { map: GapMap }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const captionId = useId();
  const steps = map.evidenceLadder.length;
  return (
    // Wide on a small screen: the region scrolls, and can be reached with the keyboard to do so.
    <div className={table.wrapper} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`${table.table} ${styles.table}`}>
        <caption id={captionId}>{t('evidenceMap.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evidenceMap.tableCorner')}</th>
            {map.targetGroups.map((targetGroup) => (
              <th key={targetGroup} scope="col">
                {label('TargetGroup', targetGroup)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.determinants.map((determinant) => (
            <tr key={determinant}>
              <th scope="row">{label('Determinant', determinant)}</th>
              {map.targetGroups.map((targetGroup) => {
                const cell = cellAt(map, determinant, targetGroup);
                if (!cell?.interventions || !cell.bestEvidenceLevel) {
                  return (
                    <td key={targetGroup} className={styles.gap} data-interventions={0}>
                      {t('evidenceMap.gap')}
                    </td>
                  );
                }
                const level = label('EvidenceLevel', cell.bestEvidenceLevel);
                return (
                  <td key={targetGroup} data-interventions={cell.interventions}>
                    <Link
                      to={cellSearchPath(cell)}
                      className={styles.count}
                      aria-label={t('evidenceMap.cellLink', {
                        count: cell.interventions,
                        determinant: label('Determinant', determinant),
                        targetGroup: label('TargetGroup', targetGroup),
                        level,
                        rung: rungOf(map, cell.bestEvidenceLevel),
                        steps,
                      })}
                    >
                      {cell.interventions}
                    </Link>
                    <span className={styles.level}>{level}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
