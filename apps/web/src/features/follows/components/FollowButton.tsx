import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowKind } from '../../../graphql/schema-types.generated';
import { useMutation } from '../../../shared/hooks/useMutation';
import { useQuery } from '../../../shared/hooks/useQuery';
import { useSession } from '../../auth/hooks/useSession';
import { FollowDocument } from '../graphql/follow.generated';
import { FollowsDocument } from '../graphql/follows.generated';
import { UnfollowDocument } from '../graphql/unfollow.generated';
import styles from './FollowButton.module.css';

/** Follow or stop following a term, intervention or organisation; only for those signed in. */
export function FollowButton({ kind, targetId, name }: { kind: Exclude<FollowKind, 'SEARCH'>; targetId: string; name: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { data } = useQuery(FollowsDocument, session ? {} : null);
  const [follow, { loading: following }] = useMutation(FollowDocument);
  const [unfollow, { loading: unfollowing }] = useMutation(UnfollowDocument);
  const [status, setStatus] = useState('');
  if (!session || !data) return null;
  const existing = data.follows.find((item) => item.kind === kind && item.targetId === targetId);

  const toggle = async () => {
    if (existing) {
      await unfollow({ id: existing.id });
      setStatus(t('follow.stopped', { name }));
    } else {
      await follow({ input: { kind, targetId } });
      setStatus(t('follow.started', { name }));
    }
  };

  return (
    <div className={styles.follow}>
      <button type="button" className="button button--quiet" aria-pressed={!!existing} disabled={following || unfollowing} onClick={() => void toggle()}>
        {existing ? t('follow.following') : t('follow.follow')}
      </button>
      <p role="status" className={styles.status}>
        {status}
        {status && existing && (
          <>
            {' '}
            <Link to="/gevolgd">{t('follow.toFollowed')}</Link>
          </>
        )}
      </p>
    </div>
  );
}
