import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FacetFilterInput } from '../../../graphql/schema-types.generated';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { useMutation } from '../../../shared/hooks/useMutation';
import { describeApiError } from '../../../shared/lib/api-errors';
import { useSession } from '../../auth/hooks/useSession';
import { FollowDocument } from '../graphql/follow.generated';
import styles from './FollowButton.module.css';

/** Saves the search on screen to follow it: new results on Gevolgd, in its feed and in the weekly e-mail. */
export function SaveSearchButton({ query, filters }: { query: string; filters: FacetFilterInput[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const messageFor = useErrorMessage();
  const [follow, { loading }] = useMutation(FollowDocument);
  const [status, setStatus] = useState<{ saved: boolean; text: string } | null>(null);
  if (!session || (!query.trim() && !filters.length)) return null;

  const save = async () => {
    try {
      await follow({ input: { kind: 'SEARCH', query, filters } });
      setStatus({ saved: true, text: t('follow.searchSaved') });
    } catch (error) {
      setStatus({ saved: false, text: messageFor(describeApiError(error)) });
    }
  };

  return (
    <div className={styles.follow}>
      <button type="button" className="button button--quiet" disabled={loading} onClick={() => void save()}>
        {t('follow.saveSearch')}
      </button>
      <p role="status" className={styles.status}>
        {status?.text}
        {status?.saved && (
          <>
            {' '}
            <Link to="/gevolgd">{t('follow.toFollowed')}</Link>
          </>
        )}
      </p>
    </div>
  );
}
