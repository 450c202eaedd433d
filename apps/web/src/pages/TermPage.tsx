import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { annotationMotivationsFor, hasRole, VOCABULARY_ROLES } from '../features/auth/lib/permissions';
import { AddDefinitionForm } from '../features/vocabulary/components/AddDefinitionForm';
import { DefinitionColumns } from '../features/vocabulary/components/DefinitionColumns';
import { TermComparison } from '../features/vocabulary/components/TermComparison';
import { TermOverview } from '../features/vocabulary/components/TermOverview';
import { MOTIVATIONS } from '../features/vocabulary/lib/annotation-threads';
import { useTerm } from '../features/vocabulary/hooks/useTerm';
import { BackToResults } from '../shared/components/BackToResults';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { FollowButton } from '../features/follows/components/FollowButton';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';
import styles from './TermPage.module.css';

export default function TermPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const session = useSession();
  const { data, error, refetch } = useTerm(slug);
  const term = data?.term;
  const comparison = data?.termComparison;
  usePageTitle(term?.label);

  if (error && !term) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!term || !comparison) return <LoadingState />;

  const canContribute = hasRole(session?.user, VOCABULARY_ROLES);
  const motivations = annotationMotivationsFor(session?.user, MOTIVATIONS);
  // altLabels holds the English preferred label too; it has its own line here.
  const otherLabels = term.altLabels.filter((label) => label !== term.labelEn);

  return (
    <article className={detail.detail}>
      <BackToResults />
      <header className={detail.header}>
        <p className="kind-label">{t('term.kindLabel')}</p>
        <h1>{term.label}</h1>
        <FollowButton kind="TERM" targetId={term.id} name={term.label} />
        {term.labelEn && (
          <p className={styles.altLabels}>
            {t('term.inEnglish')}: <span lang="en">{term.labelEn}</span>
          </p>
        )}
        {otherLabels.length > 0 && (
          <p className={styles.altLabels}>
            {t('term.alsoKnownAs')}: {otherLabels.join(', ')}
          </p>
        )}
        <TermOverview term={term} />
        {term.scopeNote && (
          <div className={detail.callout}>
            <h2>{t('term.scopeNote')}</h2>
            <p>{term.scopeNote}</p>
          </div>
        )}
      </header>

      <TermComparison comparison={comparison} convergence={term.convergence} definitions={term.definitions} />
      <p>
        <Link to={`/begrippen/${term.slug}/verloop`}>{t('sessions.termHistoryLink')}</Link>
      </p>

      <section aria-labelledby="definitions-heading">
        <h2 id="definitions-heading">{t('term.definitionsHeading')}</h2>
        <p>{t('term.definitionsIntro')}</p>
        <DefinitionColumns definitions={term.definitions} profiles={comparison.definitions} canRelate={canContribute} motivations={motivations} />
      </section>

      {canContribute ? (
        <AddDefinitionForm termId={term.id} />
      ) : (
        <p className="notice">
          {t(motivations.length ? 'term.practitionerHint' : 'term.researcherHint')}{' '}
          {!session && <Link to="/inloggen" state={{ returnTo: `/begrippen/${term.slug}` }}>{t('term.signInAsResearcher')}</Link>}
        </p>
      )}

      {term.relations.length > 0 && (
        <section aria-labelledby="relations-heading">
          <h2 id="relations-heading">{t('term.relations')}</h2>
          <ul className="plain-list">
            {term.relations.map((relation) => (
              <li key={`${relation.kind}-${relation.term.id}`}>
                <span className="meta">{t(`enums.TermRelationKind.${relation.kind}`)}:</span>{' '}
                <Link to={`/begrippen/${relation.term.slug}`}>{relation.term.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
