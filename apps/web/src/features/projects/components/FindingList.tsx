import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/markdown/Markdown';
import { TextWithMentions } from '../../../shared/components/TextWithMentions';
import { mentionsOfField } from '../../../shared/lib/term-mentions';
import type { ProjectQuery } from '../graphql/project.generated';
import detail from '../../../shared/styles/detail.module.css';
import styles from './FindingList.module.css';

type Finding = ProjectQuery['project']['findings'][number];

/** A project's results; each has an anchor so a search hit can point straight at it. */
export function FindingList({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  return (
    <ul className={styles.findings}>
      {findings.map((finding) => (
        <li key={finding.id} id={`bevinding-${finding.id}`} tabIndex={-1} className={styles.finding}>
          <h3>{finding.title}</h3>
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
            {finding.sampleSize !== null && (
              <div>
                <dt>{t('project.finding.sampleSize')}</dt>
                <dd>{finding.sampleSize}</dd>
              </div>
            )}
            {(finding.effectDirection || finding.effectSize) && (
              <div>
                <dt>{t('project.finding.effect')}</dt>
                <dd>
                  {[finding.effectDirection && t(`enums.EffectDirection.${finding.effectDirection}`), finding.effectSize]
                    .filter(Boolean)
                    .join(', ')}
                </dd>
              </div>
            )}
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
        </li>
      ))}
    </ul>
  );
}
