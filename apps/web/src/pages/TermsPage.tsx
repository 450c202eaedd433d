import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConvergenceIcon } from '../features/vocabulary/components/ConvergenceIcon';
import { useTerms } from '../features/vocabulary/hooks/useTerms';
import { divergenceBand, formatDivergence } from '../features/vocabulary/lib/divergence';
import type { Convergence } from '../graphql/schema-types.generated';
import { currentLanguage } from '../i18n/i18n';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';
import form from '../shared/components/form/form.module.css';
import styles from './TermsPage.module.css';

/** `?volgorde=omstreden` in the address, so the order can be shared and the back button undoes it. */
const ORDER_PARAM = 'volgorde';
const CONTESTED = 'omstreden';

/** Converging and contested terms say so in colour too (besides the icon and the words). */
const CONVERGENCE_TONE: Partial<Record<Convergence, string>> = { CONVERGING: styles.converging, CONTESTED: styles.contested };

export default function TermsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const contestedFirst = searchParams.get(ORDER_PARAM) === CONTESTED;
  const { data: current, previousData, error, refetch } = useTerms(contestedFirst ? 'MOST_CONTESTED' : 'LABEL');
  // While the other order loads, the list stays as it was instead of blinking empty.
  const data = current ?? previousData;
  usePageTitle(t('term.indexTitle'));

  const chooseOrder = (contested: boolean) => {
    const next = new URLSearchParams(searchParams);
    if (contested) next.set(ORDER_PARAM, CONTESTED);
    else next.delete(ORDER_PARAM);
    // At once, not in a transition: otherwise the chosen radio button flicks back until the navigation lands.
    setSearchParams(next, { flushSync: true });
  };

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const terms = data?.terms.nodes ?? [];
  const partial = !!data && data.terms.totalCount > terms.length;

  return (
    <div className={detail.detail}>
      <h1>{t('term.indexTitle')}</h1>
      <p className="lead">{t('term.indexIntro')}</p>
      <fieldset className={styles.orderChoice}>
        <legend>{t('term.sortLabel')}</legend>
        <label className={form.choice}>
          <input type="radio" name="term-order" checked={!contestedFirst} onChange={() => chooseOrder(false)} />
          <span>{t('term.sortAlphabetical')}</span>
        </label>
        <label className={form.choice}>
          <input type="radio" name="term-order" checked={contestedFirst} onChange={() => chooseOrder(true)} />
          <span>{t('term.sortContested')}</span>
        </label>
      </fieldset>
      {contestedFirst && <p className="meta">{t('term.sortContestedHint')}</p>}
      {partial && <p className="notice">{t('term.shownOf', { shown: terms.length, total: data.terms.totalCount })}</p>}
      {!data ? (
        <LoadingState />
      ) : (
        <ul className={styles.termIndex} aria-busy={!current}>
          {terms.map((term) => (
            <li key={term.id}>
              <h2>
                <Link to={`/begrippen/${term.slug}`}>{term.label}</Link>
              </h2>
              {term.altLabels.length > 0 && (
                <p className="meta">
                  {t('term.alsoKnownAs')}: {term.altLabels.join(', ')}
                </p>
              )}
              <p>{term.scopeNote}</p>
              <p className={`${styles.figures} meta`}>
                <span>
                  {term.divergence === null
                    ? t('term.notComparedShort')
                    : t('term.divergenceShort', {
                        value: formatDivergence(term.divergence, currentLanguage()),
                        meaning: t(`term.comparison.divergenceMeaning.${divergenceBand(term.divergence)}`),
                      })}
                </span>
                <span className={`${styles.convergence} ${CONVERGENCE_TONE[term.convergence.state] ?? ''}`}>
                  <ConvergenceIcon state={term.convergence.state} />
                  {t(`enums.Convergence.${term.convergence.state}`)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
