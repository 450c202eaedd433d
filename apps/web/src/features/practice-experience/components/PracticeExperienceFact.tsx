import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../shared/hooks/useQuery';
import { PracticeExperiencesDocument } from '../graphql/practice-experiences.generated';

/** The short fact beside the evidence level: how many practice experiences there are, marked as not evidence. */
export function PracticeExperienceFact({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(PracticeExperiencesDocument, { slug });
  if (!data?.intervention) return null;
  return (
    <div>
      <dt>{t('practiceExperience.heading')}</dt>
      <dd>
        <a href="#practice-heading">{t('practiceExperience.count', { count: data.intervention.practiceExperiences.length })}</a>
      </dd>
    </div>
  );
}
