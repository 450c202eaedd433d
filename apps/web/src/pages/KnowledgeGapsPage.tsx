import { useTranslation } from 'react-i18next';
import { RequireRole } from '../features/auth/components/RequireRole';
import { useSession } from '../features/auth/hooks/useSession';
import { KNOWLEDGE_GAP_ROLES } from '../features/auth/lib/permissions';
import type { SessionUser } from '../features/auth/lib/session-store';
import { KnowledgeGapTable } from '../features/knowledge-gaps/components/KnowledgeGapTable';
import { useKnowledgeGaps } from '../features/knowledge-gaps/hooks/useKnowledgeGaps';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { usePageTitle } from '../shared/hooks/usePageTitle';

function KnowledgeGaps({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useKnowledgeGaps();
  usePageTitle(t('knowledgeGaps.title'));
  return (
    <div>
      <h1>{t('knowledgeGaps.title')}</h1>
      <p className="lead">{t('knowledgeGaps.intro')}</p>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : data.knowledgeGaps.length ? (
        <KnowledgeGapTable gaps={data.knowledgeGaps} user={user} />
      ) : (
        <p className="notice">{t('knowledgeGaps.empty')}</p>
      )}
    </div>
  );
}

export default function KnowledgeGapsPage() {
  const session = useSession();
  return <RequireRole roles={KNOWLEDGE_GAP_ROLES}>{session && <KnowledgeGaps user={session.user} />}</RequireRole>;
}
