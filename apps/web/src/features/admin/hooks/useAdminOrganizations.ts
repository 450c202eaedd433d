import { useCallback } from 'react';
import type { CreateOrganizationInput, UpdateOrganizationInput } from '../../../graphql/schema-types.generated';
import { useMutation } from '../../../shared/hooks/useMutation';
import { useCachedQuery } from '../../../shared/hooks/useQuery';
import { fetchGraphQL } from '../../../shared/lib/graphql-fetch';
import { AdminOrganizationsDocument, type AdminOrganizationsQuery } from '../graphql/admin-organizations.generated';
import { CreateOrganizationDocument } from '../graphql/create-organization.generated';
import { UpdateOrganizationDocument } from '../graphql/update-organization.generated';

export type AdminOrganization = AdminOrganizationsQuery['organizations']['nodes'][number];

/** Every organisation, page after page (the API gives at most 100 at a time). */
async function loadAllOrganizations(): Promise<AdminOrganization[]> {
  const all: AdminOrganization[] = [];
  let after: string | null = null;
  do {
    const page: AdminOrganizationsQuery = await fetchGraphQL(AdminOrganizationsDocument, { first: 100, after });
    all.push(...page.organizations.nodes);
    after = page.organizations.pageInfo.hasNextPage ? (page.organizations.pageInfo.endCursor ?? null) : null;
  } while (after);
  return all;
}

/** The organisations admins keep, and how they add and edit them. */
export function useAdminOrganizations() {
  const list = useCachedQuery('AdminOrganizations:all', loadAllOrganizations);
  const [create, creating] = useMutation(CreateOrganizationDocument);
  const [update, updating] = useMutation(UpdateOrganizationDocument);
  return {
    ...list,
    create: useCallback(async (input: CreateOrganizationInput) => (await create({ input })).createOrganization, [create]),
    update: useCallback(async (id: string, input: UpdateOrganizationInput) => (await update({ id, input })).updateOrganization, [update]),
    busy: creating.loading || updating.loading,
  };
}
