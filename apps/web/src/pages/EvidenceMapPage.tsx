import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EvidenceMapSvg } from '../features/evidence-map/components/EvidenceMapSvg';
import { EvidenceMapTable } from '../features/evidence-map/components/EvidenceMapTable';
import styles from '../features/evidence-map/components/EvidenceMap.module.css';
import { useEvidenceGapMap } from '../features/evidence-map/hooks/useEvidenceGapMap';
import { evidenceMapCsv } from '../features/evidence-map/lib/evidence-map-csv';
import { svgFile } from '../features/evidence-map/lib/svg-file';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { useEnumLabel } from '../shared/hooks/useEnumLabel';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { downloadFile } from '../shared/lib/download';

const VIEW_PARAM = 'weergave';
const TABLE_VIEW = 'tabel';

export default function EvidenceMapPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const svgRef = useRef<SVGSVGElement>(null);
  const { data, error, refetch } = useEvidenceGapMap();
  usePageTitle(t('evidenceMap.title'));

  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;

  const map = data.evidenceGapMap;
  const gaps = map.cells.filter((cell) => !cell.interventions).length;
  const showTable = params.get(VIEW_PARAM) === TABLE_VIEW;
  const showView = (table: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (table) next.set(VIEW_PARAM, TABLE_VIEW);
        else next.delete(VIEW_PARAM);
        return next;
      },
      { replace: true },
    );

  const downloadCsv = () => {
    const csv = evidenceMapCsv(map, label, {
      determinant: t('evidenceMap.csv.determinant'),
      targetGroup: t('evidenceMap.csv.targetGroup'),
      interventions: t('evidenceMap.csv.interventions'),
      bestLevel: t('evidenceMap.csv.bestLevel'),
      rung: t('evidenceMap.csv.rung'),
      determinantCode: t('evidenceMap.csv.determinantCode'),
      targetGroupCode: t('evidenceMap.csv.targetGroupCode'),
      bestLevelCode: t('evidenceMap.csv.bestLevelCode'),
    });
    // The byte-order mark tells spreadsheets the file is UTF-8 (accents in the labels).
    downloadFile(`${t('evidenceMap.fileName')}.csv`, 'text/csv;charset=utf-8', `\uFEFF${csv}`);
  };
  const downloadSvg = () => {
    if (svgRef.current) downloadFile(`${t('evidenceMap.fileName')}.svg`, 'image/svg+xml;charset=utf-8', svgFile(svgRef.current, window.location.origin));
  };

  return (
    <div>
      <h1>{t('evidenceMap.title')}</h1>
      <p className="lead">{t('evidenceMap.intro')}</p>
      <p>{t('evidenceMap.summary', { count: gaps, cells: map.cells.length })}</p>

      <div className={styles.toolbar}>
        <div className={styles.views} role="group" aria-label={t('evidenceMap.viewLabel')}>
          <button type="button" className="button button--quiet" aria-pressed={!showTable} onClick={() => showView(false)}>
            {t('evidenceMap.viewMap')}
          </button>
          <button type="button" className="button button--quiet" aria-pressed={showTable} onClick={() => showView(true)}>
            {t('evidenceMap.viewTable')}
          </button>
        </div>
        <ul className={styles.downloads} aria-label={t('evidenceMap.downloadsHeading')}>
          <li>
            <button type="button" className="button button--quiet" onClick={downloadSvg}>
              {t('evidenceMap.downloadSvg')}
            </button>
          </li>
          <li>
            <button type="button" className="button button--quiet" onClick={downloadCsv}>
              {t('evidenceMap.downloadCsv')}
            </button>
          </li>
        </ul>
      </div>

      {/* Both stay in the page, one hidden, so the map can be downloaded from either view. */}
      <div className={styles.scroller} hidden={showTable}>
        <EvidenceMapSvg map={map} ref={svgRef} />
      </div>
      <div hidden={!showTable}>
        <EvidenceMapTable map={map} />
      </div>
    </div>
  );
}
