import { useQuery } from '../../../shared/hooks/useQuery';
import { OrganizationDocument } from '../graphql/organization.generated';

export function useOrganization(slug: string) {
  return useQuery(OrganizationDocument, { slug });
}
