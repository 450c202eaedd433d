import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { annotationMotivationsFor, hasRole, VOCABULARY_ROLES } from '../../auth/lib/permissions';
import type { TermQuery } from '../graphql/term.generated';
import { MOTIVATIONS } from '../lib/annotation-threads';
import { DefinitionColumns } from './DefinitionColumns';
import { AddDefinitionForm } from './on-demand';
import { TermComparison } from './TermComparison';

type Term = TermQuery['term'];

/** Everything below the term's header: the comparison, the definitions with their threads, the forms, the related terms. */
export function TermWorkbench({ term, comparison }: { term: Term; comparison: TermQuery['termComparison'] }) {
  const { t } = useTranslation();
  const session = useSession();
  const canContribute = hasRole(session?.user, VOCABULARY_ROLES);
  const motivations = annotationMotivationsFor(session?.user, MOTIVATIONS);
  return (
    <>
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
    </>
  );
}
