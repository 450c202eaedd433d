import { useQuery } from '@apollo/client/react';
import { OrganizationDocument } from '../graphql/organization.generated';

export function useOrganization(slug: string) {
  return useQuery(OrganizationDocument, { variables: { slug } });
}
