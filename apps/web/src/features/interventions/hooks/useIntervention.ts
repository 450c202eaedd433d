import { useQuery } from '../../../shared/hooks/useQuery';
import { InterventionDocument } from '../graphql/intervention.generated';

export function useIntervention(slug: string) {
  return useQuery(InterventionDocument, { slug });
}
