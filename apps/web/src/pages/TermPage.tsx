import { lazy, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { type Params, useParams } from 'react-router';
import { TermOverview } from '../features/vocabulary/components/TermOverview';
import { prefetchTerm, useTerm } from '../features/vocabulary/hooks/useTerm';
import { BackToResults } from '../shared/components/BackToResults';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { FollowButton } from '../features/follows/components/FollowButton';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';
import styles from './TermPage.module.css';

// The workbench (the definitions with Markdown, threads, forms, version history) is most of the
// page's code: it loads once the header is painted, so that the term's answer is asked for at once
// and arrives without two dozen files competing with it for the connection.
const TermWorkbench = lazy(() => import('../features/vocabulary/components/TermWorkbench').then(({ TermWorkbench }) => ({ default: TermWorkbench })));

/** The term's answer is asked for as soon as this page's code is there, before its first render. */
export function prefetch({ slug = '' }: Params): void {
  prefetchTerm(slug);
}

export default function TermPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useTerm(slug);
  const term = data?.term;
  const comparison = data?.termComparison;
  // The header (what a phone shows first) paints as soon as a term's answer is there; its
  // workbench below follows in a render React splits into short tasks (a deferred value renders
  // as a transition), so dozens of cards, threads and passages neither hold up the first paint
  // nor block the page. Until then its place is held, so that nothing below it moves. Only a
  // new term waits: a changed answer (after an annotation, a revision) shows everywhere at once.
  const workbenchFor = useDeferredValue(term?.id ?? null, null);
  const workbenchReady = !!term && workbenchFor === term.id;
  usePageTitle(term?.label);

  if (error && !term) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!term || !comparison) return <LoadingState />;

  const workbenchPlaceholder = (
    <div className={styles.workbenchPlaceholder}>
      <LoadingState />
    </div>
  );
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

      {workbenchReady ? (
        <Suspense fallback={workbenchPlaceholder}>
          <TermWorkbench term={term} comparison={comparison} />
        </Suspense>
      ) : (
        workbenchPlaceholder
      )}
    </article>
  );
}
