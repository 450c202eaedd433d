import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRole } from '../features/auth/components/RequireRole';
import { FOLLOW_ROLES } from '../features/auth/lib/permissions';
import { FollowSettingsDocument } from '../features/follows/graphql/follow-settings.generated';
import { type FollowedNewsQuery, FollowedNewsDocument } from '../features/follows/graphql/followed-news.generated';
import { FollowsDocument } from '../features/follows/graphql/follows.generated';
import { MarkFollowsSeenDocument } from '../features/follows/graphql/mark-follows-seen.generated';
import { SetWeeklyDigestDocument } from '../features/follows/graphql/set-weekly-digest.generated';
import { UnfollowDocument } from '../features/follows/graphql/unfollow.generated';
import { followPath, publicationPath } from '../features/follows/lib/links';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { useErrorMessage } from '../shared/hooks/useErrorMessage';
import { useMutation } from '../shared/hooks/useMutation';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import { useQuery } from '../shared/hooks/useQuery';
import { formatDate } from '../shared/lib/format';
import { describeApiError } from '../shared/lib/api-errors';
import { fetchGraphQL } from '../shared/lib/graphql-fetch';
import styles from './FollowedPage.module.css';

type News = FollowedNewsQuery['followedNews'];

/**
 * What is new since the last visit, kept as it was first loaded: the visit itself marks it as
 * seen (without reloading what is on screen), so the next visit starts from here.
 */
function useNewsOfThisVisit(): { news: News | undefined; error: unknown; retry: () => void } {
  const { data, error, refetch } = useQuery(FollowedNewsDocument, {}, { fresh: true });
  const [news, setNews] = useState<News>();
  const marked = useRef(false);
  if (data && !news) setNews(data.followedNews);
  useEffect(() => {
    if (!news || marked.current) return;
    marked.current = true;
    void fetchGraphQL(MarkFollowsSeenDocument, {});
  }, [news]);
  return { news, error: news ? undefined : error, retry: () => void refetch() };
}

function Followed() {
  const { t } = useTranslation();
  usePageTitle(t('followed.title'));
  const { news, error, retry } = useNewsOfThisVisit();
  const follows = useQuery(FollowsDocument, {});
  const settings = useQuery(FollowSettingsDocument, {});
  const [unfollow] = useMutation(UnfollowDocument);

  return (
    <div className={styles.page}>
      <h1>{t('followed.title')}</h1>
      <p className="lead">{t('followed.intro')}</p>

      <section aria-labelledby="news-heading">
        <h2 id="news-heading">{news?.since ? t('followed.newSince', { date: formatDate(news.since) }) : t('followed.newFirstVisit')}</h2>
        {error ? (
          <ErrorState error={error} onRetry={retry} />
        ) : !news ? (
          <LoadingState />
        ) : news.updates.length ? (
          <ul className={styles.updates}>
            {news.updates.map(({ publication, via }) => (
              <li key={publication.id}>
                <span className="kind-label">{t(`enums.PublicationType.${publication.type}`)}</span>{' '}
                <Link to={publicationPath(publication)} lang="nl">
                  {publication.title}
                </Link>
                <p className="meta">
                  {formatDate(publication.publishedAt)} · {t('followed.via')} <span lang="nl">{via.join(', ')}</span>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{follows.data?.follows.length ? t('followed.nothingNew') : t('followed.nothingFollowed')}</p>
        )}
      </section>

      <section aria-labelledby="follows-heading">
        <h2 id="follows-heading">{t('followed.whatYouFollow')}</h2>
        {follows.data?.follows.length ? (
          <ul className={styles.follows}>
            {follows.data.follows.map((follow) => (
              <li key={follow.id}>
                <span className="kind-label">{t(`enums.FollowKind.${follow.kind}`)}</span>{' '}
                <Link to={followPath(follow)} lang="nl">
                  {follow.label}
                </Link>
                {follow.feedUrl && (
                  <>
                    {' · '}
                    <a href={follow.feedUrl}>{follow.kind === 'SEARCH' ? t('followed.secretFeed', { name: follow.label }) : t('followed.feed', { name: follow.label })}</a>
                  </>
                )}{' '}
                <button type="button" className="button button--quiet" onClick={() => void unfollow({ id: follow.id })}>
                  {t('followed.unfollow', { name: follow.label })}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          follows.data && <p>{t('followed.howToFollow')}</p>
        )}
        <p>
          <a href="/feeds/nieuw.atom">{t('followed.everythingFeed')}</a>
        </p>
      </section>

      <section aria-labelledby="digest-heading">
        <h2 id="digest-heading">{t('followed.digestHeading')}</h2>
        {settings.data && <DigestChoice weekly={settings.data.followSettings.weeklyDigest} />}
        <p className="meta">{t('followed.digestHint')}</p>
      </section>
    </div>
  );
}

/** The weekly e-mail, off by default: the box follows the click at once, the API catches up (or it goes back, saying why). */
function DigestChoice({ weekly }: { weekly: boolean }) {
  const { t } = useTranslation();
  const messageFor = useErrorMessage();
  const [setWeeklyDigest] = useMutation(SetWeeklyDigestDocument);
  const [checked, setChecked] = useState(weekly);
  const [problem, setProblem] = useState('');
  const change = async (next: boolean) => {
    setChecked(next);
    setProblem('');
    try {
      await setWeeklyDigest({ weekly: next });
    } catch (error) {
      setChecked(!next);
      setProblem(messageFor(describeApiError(error)));
    }
  };
  return (
    <>
      <label className={styles.choice}>
        <input type="checkbox" checked={checked} onChange={(event) => void change(event.target.checked)} /> {t('followed.digestChoice')}
      </label>
      {problem && <p role="alert">{problem}</p>}
    </>
  );
}

export default function FollowedPage() {
  return (
    <RequireRole roles={FOLLOW_ROLES}>
      <Followed />
    </RequireRole>
  );
}
