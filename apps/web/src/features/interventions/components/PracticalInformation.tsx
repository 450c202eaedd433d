import { useTranslation } from 'react-i18next';
import { TextWithLinks } from '../../../shared/components/TextWithLinks';
import type { InterventionQuery } from '../graphql/intervention.generated';
import styles from './PracticalInformation.module.css';

/** What it takes to start with the intervention, as the intervention page asks for it. */
type Practical = Pick<InterventionQuery['intervention'], 'durationAndIntensity' | 'costs' | 'provider' | 'contact' | 'trainingOrLicence' | 'materials'>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How to reach the provider: an e-mail address becomes a mail link, a web address a link. */
function Contact({ contact }: { contact: string }) {
  return EMAIL.test(contact) ? <a href={`mailto:${contact}`}>{contact}</a> : <TextWithLinks text={contact} />;
}

/** What a practitioner needs to start with an intervention; only what is known is shown. */
export function PracticalInformation({ practical }: { practical: Practical }) {
  const { t } = useTranslation();
  const facts = (
    [
      ['durationAndIntensity', practical.durationAndIntensity],
      ['costs', practical.costs],
      ['provider', practical.provider],
      ['trainingOrLicence', practical.trainingOrLicence],
    ] as const
  ).filter(([, value]) => value);
  if (!facts.length && !practical.contact && !practical.materials.length) return null;
  return (
    <section aria-labelledby="practical-heading" className={styles.practical}>
      <h2 id="practical-heading">{t('intervention.practical.heading')}</h2>
      <dl className={styles.facts}>
        {facts.map(([field, value]) => (
          <div key={field}>
            <dt>{t(`intervention.practical.${field}`)}</dt>
            <dd lang="nl">{value}</dd>
          </div>
        ))}
        {practical.contact && (
          <div>
            <dt>{t('intervention.practical.contact')}</dt>
            <dd>
              <Contact contact={practical.contact} />
            </dd>
          </div>
        )}
        {practical.materials.length > 0 && (
          <div>
            <dt>{t('intervention.practical.materials')}</dt>
            <dd>
              <ul className="plain-list" lang="nl">
                {practical.materials.map((material) => (
                  <li key={material}>
                    <TextWithLinks text={material} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
