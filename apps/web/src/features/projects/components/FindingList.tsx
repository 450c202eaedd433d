import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { TextWithMentions } from '../../../shared/components/TextWithMentions';
import { formatDate } from '../../../shared/lib/format';
import { mentionsOfField } from '../../../shared/lib/term-mentions';
import type { ProjectQuery } from '../graphql/project.generated';
import detail from '../../../shared/styles/detail.module.css';
import styles from './FindingList.module.css';

type Finding = ProjectQuery['project']['findings'][number];
type Version = Finding['versions'][number];

/**
 * A project's results; each has an anchor so a search hit can point straight at it. A corrected
 * result says when and why, with its earlier versions behind a disclosure. A withdrawn result
 * keeps its place and address, folded shut under the notice of when and why: a reader who
 * followed a link or a citation learns what happened to it instead of finding nothing.
 */
export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul className={styles.findings}>
      {findings.map((finding) => (
        <FindingItem key={finding.id} finding={finding} />
      ))}
    </ul>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const earlier = finding.versions.slice(0, -1).reverse();
  const content = (
    <>
      <FindingContent finding={finding} />
      {earlier.length > 0 && <EarlierVersions versions={earlier} />}
    </>
  );
  return (
    <li id={`bevinding-${finding.id}`} tabIndex={-1} className={finding.withdrawnAt ? `${styles.finding} ${styles.withdrawn}` : styles.finding}>
      <h3>{finding.title}</h3>
      {finding.withdrawnAt ? (
        <>
          <p className={styles.withdrawnNotice}>{t('project.finding.withdrawnNotice', { date: formatDate(finding.withdrawnAt), reason: finding.withdrawalReason ?? '' })}</p>
          <details className={styles.disclosure}>
            <summary>{t('project.finding.showWithdrawn')}</summary>
            {content}
          </details>
        </>
      ) : (
        <>
          {finding.correctedAt && (
            <p className={styles.correctedNotice}>
              {t('project.finding.correctedNotice', { date: formatDate(finding.correctedAt), reason: finding.correctionReason ?? '' })}
            </p>
          )}
          {content}
        </>
      )}
    </li>
  );
}

function FindingContent({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <>
      <Markdown text={finding.summary} headingLevel={4} mentions={mentionsOfField(finding.termMentions, 'summary')} />
      <dl className={`${detail.facts} ${detail.factsInline}`}>
        <div>
          <dt>{t('project.finding.kind')}</dt>
          <dd>{t(`enums.FindingKind.${finding.kind}`)}</dd>
        </div>
        {finding.outcome && (
          <div>
            <dt>{t('project.finding.outcome')}</dt>
            <dd>{t(`enums.FindingOutcome.${finding.outcome}`)}</dd>
          </div>
        )}
        {finding.design && (
          <div>
            <dt>{t('project.finding.design')}</dt>
            <dd>{t(`enums.StudyDesign.${finding.design}`)}</dd>
          </div>
        )}
        {finding.population && (
          <div>
            <dt>{t('project.finding.population')}</dt>
            <dd>
              <TextWithMentions text={finding.population} mentions={mentionsOfField(finding.termMentions, 'population')} />
            </dd>
          </div>
        )}
        <SampleAndEffect of={finding} />
      </dl>
      {finding.documentLinks.length > 0 && (
        <>
          <h4>{t('project.finding.documents')}</h4>
          <ul className={detail.sources}>
            {finding.documentLinks.map((link) => (
              <li key={link}>
                {/^https?:\/\//.test(link) ? (
                  <a href={link} rel="noopener noreferrer nofollow">
                    {link}
                  </a>
                ) : (
                  link
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The figures a correction most often fixes: shown alike for the result and its earlier versions. */
function SampleAndEffect({ of }: { of: Pick<Finding, 'sampleSize' | 'effectDirection' | 'effectSize'> }) {
  const { t } = useTranslation();
  return (
    <>
      {of.sampleSize !== null && (
        <div>
          <dt>{t('project.finding.sampleSize')}</dt>
          <dd>{of.sampleSize}</dd>
        </div>
      )}
      {(of.effectDirection || of.effectSize) && (
        <div>
          <dt>{t('project.finding.effect')}</dt>
          <dd>{[of.effectDirection && t(`enums.EffectDirection.${of.effectDirection}`), of.effectSize].filter(Boolean).join(', ')}</dd>
        </div>
      )}
    </>
  );
}

/** What the result said before each correction, newest first. */
function EarlierVersions({ versions }: { versions: Version[] }) {
  const { t } = useTranslation();
  return (
    <details className={styles.disclosure}>
      <summary>{t('project.finding.earlierVersions', { count: versions.length })}</summary>
      <ol className={styles.versions} reversed>
        {versions.map((version) => (
          <li key={version.version} className={styles.version}>
            <h4>{t('project.finding.versionHeading', { version: version.version, date: formatDate(version.changedAt) })}</h4>
            {version.reason && <p className="meta">{t('project.finding.versionReason', { reason: version.reason })}</p>}
            <p>
              <strong>{version.title}</strong>
            </p>
            <Markdown text={version.summary} headingLevel={5} />
            <dl className={`${detail.facts} ${detail.factsInline}`}>
              <SampleAndEffect of={version} />
            </dl>
          </li>
        ))}
      </ol>
    </details>
  );
}
