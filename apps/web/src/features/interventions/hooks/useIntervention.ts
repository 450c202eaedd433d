import { useQuery } from '@apollo/client/react';
import { InterventionDocument } from '../graphql/intervention.generated';

export function useIntervention(slug: string) {
  return useQuery(InterventionDocument, { variables: { slug } });
}
