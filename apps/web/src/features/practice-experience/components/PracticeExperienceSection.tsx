import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { useMutation } from '../../../shared/hooks/useMutation';
import { useQuery } from '../../../shared/hooks/useQuery';
import { formatDate } from '../../../shared/lib/format';
import { HidePracticeExperienceDocument } from '../graphql/hide-practice-experience.generated';
import { type PracticeExperiencesQuery, PracticeExperiencesDocument } from '../graphql/practice-experiences.generated';
import { RespondToPracticeExperienceDocument } from '../graphql/respond-to-practice-experience.generated';
import { ExperienceForm } from './ExperienceForm';
import { ReasonForm } from './ReasonForm';
import styles from './PracticeExperienceSection.module.css';

type Experience = NonNullable<PracticeExperiencesQuery['intervention']>['practiceExperiences'][number];

/** Who may share an experience (the API decides; this only hides the button from others). */
const SHARERS = ['PRACTITIONER', 'EDITOR', 'ADMIN'];

/** Practice-based knowledge beside the evidence level: what professionals saw, labelled as experience, not evidence. */
export function PracticeExperienceSection({ interventionId, slug }: { interventionId: string; slug: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { data } = useQuery(PracticeExperiencesDocument, { slug });
  const [sharing, setSharing] = useState(false);
  const experiences = data?.intervention?.practiceExperiences ?? [];
  const mayShare = !!session && SHARERS.includes(session.user.role);

  return (
    <section aria-labelledby="practice-heading" className={styles.section}>
      <h2 id="practice-heading">{t('practiceExperience.heading')}</h2>
      <p className={styles.notice}>{t('practiceExperience.notEvidence')}</p>
      {data && experiences.length === 0 && <p>{t('practiceExperience.none')}</p>}
      {experiences.length > 0 && (
        <ul className={styles.list}>
          {experiences.map((experience) => (
            <li key={experience.id}>
              <ExperienceCard experience={experience} isAdmin={session?.user.role === 'ADMIN'} />
            </li>
          ))}
        </ul>
      )}
      {mayShare &&
        (sharing ? (
          <ExperienceForm interventionId={interventionId} defaultOrganization={session.user.organization?.name ?? ''} onDone={() => setSharing(false)} />
        ) : (
          <button type="button" className="button" onClick={() => setSharing(true)}>
            {t('practiceExperience.share')}
          </button>
        ))}
      {!session && (
        <p>
          <Link to="/inloggen">{t('practiceExperience.signInToShare')}</Link>
        </p>
      )}
    </section>
  );
}

function ExperienceCard({ experience, isAdmin }: { experience: Experience; isAdmin: boolean }) {
  const { t } = useTranslation();
  const [respond] = useMutation(RespondToPracticeExperienceDocument);
  const [hide] = useMutation(HidePracticeExperienceDocument);
  const [open, setOpen] = useState<'respond' | 'hide' | null>(null);
  const headingId = `experience-${experience.id}`;

  return (
    <article id={`ervaring-${experience.id}`} aria-labelledby={headingId} className={styles.card}>
      <h3 id={headingId} lang="nl">
        {experience.organizationName} · {experience.targetGroup}
      </h3>
      <p className="meta">
        {t('practiceExperience.sharedBy', { name: experience.authorName ?? t('practiceExperience.unknownAuthor'), date: formatDate(experience.createdAt) })}
      </p>
      {experience.hiddenAt && (
        <p className={styles.hidden}>
          {t('practiceExperience.hiddenBecause')} <span lang="nl">{experience.hiddenReason}</span>
        </p>
      )}
      <dl className={styles.facts}>
        <div>
          <dt>{t('practiceExperience.whatWorked')}</dt>
          <dd lang="nl">{experience.whatWorked}</dd>
        </div>
        <div>
          <dt>{t('practiceExperience.whatDidNotWork')}</dt>
          <dd lang="nl">{experience.whatDidNotWork}</dd>
        </div>
        <div>
          <dt>{t('practiceExperience.wouldUseAgain')}</dt>
          <dd>{t(`enums.WouldUseAgain.${experience.wouldUseAgain}`)}</dd>
        </div>
      </dl>
      {experience.response && (
        <div className={styles.response}>
          <h4>{t('practiceExperience.responseBy', { organization: experience.respondingOrganizationName ?? '' })}</h4>
          <p lang="nl">{experience.response}</p>
        </div>
      )}
      {open === 'respond' ? (
        <ReasonForm
          idPrefix={`respond-${experience.id}`}
          formLabel={t('practiceExperience.respondTo', { organization: experience.organizationName })}
          fieldName="response"
          fieldLabel={t('practiceExperience.response')}
          submitLabel={t('practiceExperience.sendResponse')}
          onSave={async (response) => {
            await respond({ id: experience.id, response });
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      ) : open === 'hide' ? (
        <ReasonForm
          idPrefix={`hide-${experience.id}`}
          formLabel={t('practiceExperience.hideExperience', { organization: experience.organizationName })}
          fieldName="reason"
          fieldLabel={t('practiceExperience.hideReason')}
          submitLabel={t('practiceExperience.hide')}
          onSave={async (reason) => {
            await hide({ id: experience.id, reason });
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      ) : (
        <div className={styles.actions}>
          {experience.viewerMayRespond && (
            <button type="button" className="button button--quiet" onClick={() => setOpen('respond')}>
              {t('practiceExperience.respond')}
            </button>
          )}
          {isAdmin && !experience.hiddenAt && (
            <button type="button" className="button button--quiet" onClick={() => setOpen('hide')}>
              {t('practiceExperience.hide')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
