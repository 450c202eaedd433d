import { useQuery } from '../../../shared/hooks/useQuery';
import { NetworkChoicesDocument } from '../graphql/network-choices.generated';
import { KnowledgeFlowDocument } from '../graphql/knowledge-flow.generated';
import { NetworkSessionDocument } from '../graphql/network-session.generated';
import { NetworkSessionsDocument } from '../graphql/network-sessions.generated';
import { TermHistoryDocument } from '../graphql/term-history.generated';

export const useNetworkSessions = () => useQuery(NetworkSessionsDocument, {});
export const useNetworkSession = (slug: string) => useQuery(NetworkSessionDocument, { slug });
export const useTermHistory = (slug: string) => useQuery(TermHistoryDocument, { slug });
export const useKnowledgeFlow = (networkSlug: string | null) => useQuery(KnowledgeFlowDocument, { networkSlug });
export const useNetworkChoices = () => useQuery(NetworkChoicesDocument, {});
