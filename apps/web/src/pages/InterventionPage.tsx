import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EvidenceLadder } from '../features/interventions/components/EvidenceLadder';
import { PracticalInformation } from '../features/interventions/components/PracticalInformation';
import { FollowButton } from '../features/follows/components/FollowButton';
import { useIntervention } from '../features/interventions/hooks/useIntervention';
import { PracticeExperienceFact } from '../features/practice-experience/components/PracticeExperienceFact';
import { PracticeExperienceSection } from '../features/practice-experience/components/PracticeExperienceSection';
import { BackToResults } from '../shared/components/BackToResults';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { Markdown } from '../shared/components/markdown/Markdown';
import { TextWithLinks } from '../shared/components/TextWithLinks';
import { TextWithMentions } from '../shared/components/TextWithMentions';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { formatDate } from '../shared/lib/format';
import { mentionsOfField } from '../shared/lib/term-mentions';
import detail from '../shared/styles/detail.module.css';
import styles from './InterventionPage.module.css';

export default function InterventionPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useIntervention(slug);
  const intervention = data?.intervention;
  usePageTitle(intervention?.name);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!intervention) return <LoadingState />;

  return (
    <article className={detail.detail}>
      <BackToResults />
      <header className={detail.header}>
        <p className="kind-label">{t('intervention.kindLabel')}</p>
        <h1>{intervention.name}</h1>
        <FollowButton kind="INTERVENTION" targetId={intervention.id} name={intervention.name} />
        <p className="lead">
          <TextWithMentions text={intervention.summary} mentions={mentionsOfField(intervention.termMentions, 'summary')} />
        </p>
      </header>

      <div className={detail.layout}>
        {/* First in the page, so a phone shows the short facts before the long read; wider screens set them in the right-hand column. */}
        <aside className={`${detail.aside} ${styles.glance}`} aria-labelledby="glance-heading">
          <h2 id="glance-heading">{t('intervention.atAGlance')}</h2>
          <dl className={detail.facts}>
            <div>
              <dt>{t('evidence.heading')}</dt>
              <dd>{t(`enums.EvidenceLevel.${intervention.evidenceLevel}`)}</dd>
            </div>
            <PracticeExperienceFact slug={intervention.slug} />
            {intervention.targetGroups.length > 0 && (
              <div>
                <dt>{t('intervention.targetGroups')}</dt>
                <dd>
                  <ul className="plain-list">
                    {intervention.targetGroups.map((group) => (
                      <li key={group}>{t(`enums.TargetGroup.${group}`)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {intervention.durationAndIntensity && (
              <div>
                <dt>{t('intervention.practical.durationAndIntensity')}</dt>
                <dd lang="nl">{intervention.durationAndIntensity}</dd>
              </div>
            )}
            {intervention.determinants.length > 0 && (
              <div>
                <dt>{t('intervention.determinants')}</dt>
                <dd>
                  <ul className="plain-list">
                    {intervention.determinants.map((determinant) => (
                      <li key={determinant}>{t(`enums.Determinant.${determinant}`)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {intervention.tracks.length > 0 && (
              <div>
                <dt>{t('intervention.tracks')}</dt>
                <dd>
                  <ul className="plain-list">
                    {intervention.tracks.map((track) => (
                      <li key={track}>{t(`enums.Track.${track}`)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {intervention.developers.length > 0 && (
              <div>
                <dt>{t('intervention.developers')}</dt>
                <dd>
                  <ul className="plain-list">
                    {intervention.developers.map((organization) => (
                      <li key={organization.id}>
                        <Link to={`/organisaties/${organization.slug}`}>{organization.name}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          <p className="meta">{t('intervention.updatedAt', { date: formatDate(intervention.updatedAt) })}</p>
        </aside>
        <div className={detail.main}>
          <section aria-labelledby="what-heading" className={styles.question}>
            <h2 id="what-heading">{t('intervention.whatYouDo')}</h2>
            <Markdown text={intervention.whatYouDo} headingLevel={3} mentions={mentionsOfField(intervention.termMentions, 'whatYouDo')} />
          </section>
          <section aria-labelledby="how-heading" className={styles.question}>
            <h2 id="how-heading">{t('intervention.howYouDoIt')}</h2>
            <Markdown text={intervention.howYouDoIt} headingLevel={3} mentions={mentionsOfField(intervention.termMentions, 'howYouDoIt')} />
          </section>
          <section aria-labelledby="effect-heading" className={styles.question}>
            <h2 id="effect-heading">{t('intervention.effect')}</h2>
            <Markdown text={intervention.effect} headingLevel={3} mentions={mentionsOfField(intervention.termMentions, 'effect')} />
          </section>

          <PracticalInformation practical={intervention} />

          {intervention.workingElements.length > 0 && (
            <section aria-labelledby="elements-heading">
              <h2 id="elements-heading">{t('intervention.workingElements')}</h2>
              <ul className={styles.checklist}>
                {intervention.workingElements.map((element) => (
                  <li key={element}>{element}</li>
                ))}
              </ul>
            </section>
          )}

          <EvidenceLadder
            level={intervention.evidenceLevel}
            ratedOn={intervention.evidenceRatedOn}
            rationale={intervention.evidenceRationale}
            rationaleMentions={mentionsOfField(intervention.termMentions, 'evidenceRationale')}
          />
          <PracticeExperienceSection interventionId={intervention.id} slug={intervention.slug} />

          {intervention.determinants.length > 0 && (
            <section aria-labelledby="determinants-heading">
              <h2 id="determinants-heading">{t('intervention.determinants')}</h2>
              <p>{t('intervention.determinantsIntro')}</p>
              <dl className={styles.explainedList}>
                {intervention.determinants.map((determinant) => (
                  <div key={determinant}>
                    <dt>{t(`enums.Determinant.${determinant}`)}</dt>
                    <dd>{t(`determinant.explanation.${determinant}`)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}

          {intervention.sources.length > 0 && (
            <section aria-labelledby="sources-heading">
              <h2 id="sources-heading">{t('intervention.sources')}</h2>
              <ul className={detail.sources}>
                {intervention.sources.map((source) => (
                  <li key={source}>
                    <TextWithLinks text={source} />
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="projects-heading">
            <h2 id="projects-heading">{t('intervention.projects')}</h2>
            {intervention.projects.length ? (
              <ul className={detail.linkList}>
                {intervention.projects.map((project) => (
                  <li key={project.id}>
                    <Link to={`/projecten/${project.slug}`}>{project.title}</Link>
                    <p>{project.summary}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('intervention.noProjects')}</p>
            )}
          </section>
        </div>

      </div>
    </article>
  );
}
