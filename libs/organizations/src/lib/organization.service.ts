import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, type MaybeActor, message, type OrganizationKind, type Page, refuseNulls, slugify } from '@werkkennis/kernel';
import {
  type Change,
  freeSlug,
  inOrderOf,
  linkedRecords,
  type LinkTable,
  type OutboxSubject,
  paginate,
  retryOnSlugConflict,
  UnitOfWork,
  unknownIds,
} from '@werkkennis/persistence';
import { type EntityManager, In, Repository } from 'typeorm';
import { LearningNetworkEntity, OrganizationEntity } from './organization.entity';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';

const organizationChange = (before: OrganizationEntity | null, after: OrganizationEntity, reindex: OutboxSubject[]): Change => ({
  subjectType: 'ORGANIZATION',
  subjectId: after.id,
  organizationId: after.id,
  before,
  after,
  reindex,
});

export interface OrganizationFilter {
  kinds?: OrganizationKind[];
}

@Injectable()
export class OrganizationService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(LearningNetworkEntity) private readonly networks: Repository<LearningNetworkEntity>,
    private readonly writes: UnitOfWork,
  ) {}

  create(actor: MaybeActor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return retryOnSlugConflict(slugify(input.name), (slugBase) =>
      this.writes.run(actor, 'organization.manage', async (write) => {
        const organization = write.manager.create(OrganizationEntity, {
          slug: await freeSlug(write.manager, OrganizationEntity, slugBase),
          name: input.name.trim(),
          kind: input.kind,
          region: input.region?.trim() || null,
          website: input.website?.trim() || null,
        });
        await this.refuseTakenName(write.manager, organization);
        const saved = await write.manager.save(organization);
        write.record(organizationChange(null, saved, []));
        return saved;
      }),
    );
  }

  /** The slug stays, so links to the organisation keep working after a rename. */
  update(actor: MaybeActor, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.writes.run(actor, 'organization.manage', async (write) => {
      refuseNulls(input, ['name', 'kind']);
      const organization = await write.load(OrganizationEntity, id, 'noun.organization', { lock: true });
      const before = { ...organization };
      if (input.name !== undefined) organization.name = input.name!.trim();
      if (input.kind !== undefined) organization.kind = input.kind!;
      if (input.region !== undefined) organization.region = input.region?.trim() || null;
      if (input.website !== undefined) organization.website = input.website?.trim() || null;
      await this.refuseTakenName(write.manager, organization);
      const saved = await write.manager.save(organization);
      const shownElsewhere = before.name !== saved.name || before.kind !== saved.kind;
      write.record(organizationChange(before, saved, shownElsewhere ? await this.documentsShowing(write.manager, saved.id) : []));
      return saved;
    });
  }

  /**
   * The search documents that carry the organisation's name and kind as facets: the projects it
   * leads or partners in, and the interventions it develops. Read by table name, as the search
   * projection does, because those domains build on this one and not the other way round.
   */
  private async documentsShowing(manager: EntityManager, organizationId: string): Promise<OutboxSubject[]> {
    const rows: { type: 'PROJECT' | 'INTERVENTION'; id: string }[] = await manager.query(
      `SELECT 'PROJECT' AS type, id FROM project WHERE owner_organization_id = $1
       UNION SELECT 'PROJECT', project_id FROM project_partner WHERE organization_id = $1
       UNION SELECT 'INTERVENTION', intervention_id FROM intervention_developer WHERE organization_id = $1`,
      [organizationId],
    );
    return rows.map((row) => ({ type: row.type, id: row.id }));
  }

  private async refuseTakenName(manager: EntityManager, organization: OrganizationEntity): Promise<void> {
    const existing = await manager
      .createQueryBuilder(OrganizationEntity, 'organization')
      .where('lower(organization.name) = lower(:name)', { name: organization.name })
      .andWhere('organization.id <> :id', { id: organization.id ?? '00000000-0000-0000-0000-000000000000' })
      .getOne();
    if (existing) throw DomainError.invalidInput({ name: [message('validation.organizationExists', { name: existing.name })] });
  }

  async bySlug(slug: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findOneBy({ slug });
    if (!organization) throw DomainError.notFound('noun.organization', slug);
    return organization;
  }

  list(filter: OrganizationFilter, first: number, after?: string): Promise<Page<OrganizationEntity>> {
    const query = this.organizations.createQueryBuilder('organization');
    if (filter.kinds?.length) query.where('organization.kind IN (:...kinds)', { kinds: filter.kinds });
    return paginate(query, { column: 'organization.name', property: 'name', direction: 'ASC' }, first, after);
  }

  /** For DataLoader: organisations in the order of the ids asked for. */
  async byIds(ids: readonly string[]): Promise<(OrganizationEntity | null)[]> {
    return inOrderOf(ids, await this.organizations.findBy({ id: In([...ids]) }));
  }

  /** For DataLoader: the organisations linked to each owner through a link table, by name. */
  async linkedTo(link: LinkTable, ownerIds: readonly string[]): Promise<OrganizationEntity[][]> {
    const linked = await linkedRecords(this.organizations.manager, link, ownerIds, (ids) => this.organizations.findBy({ id: In(ids) }));
    return linked.map((organizations) => organizations.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
  }

  /** For writes elsewhere: the ids among these that name no organisation, read in the caller's transaction. */
  unknownIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    return unknownIds(manager, OrganizationEntity, ids);
  }

  /** For writes elsewhere: the ids among these that name no learning network, read in the caller's transaction. */
  unknownNetworkIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    return unknownIds(manager, LearningNetworkEntity, ids);
  }

  async networkBySlug(slug: string): Promise<LearningNetworkEntity> {
    const network = await this.networks.findOneBy({ slug });
    if (!network) throw DomainError.notFound('noun.network', slug);
    return network;
  }

  async networksByIds(ids: readonly string[]): Promise<(LearningNetworkEntity | null)[]> {
    return inOrderOf(ids, await this.networks.findBy({ id: In([...ids]) }));
  }

  listNetworks(first: number, after?: string): Promise<Page<LearningNetworkEntity>> {
    const query = this.networks.createQueryBuilder('network');
    return paginate(query, { column: 'network.name', property: 'name', direction: 'ASC' }, first, after);
  }
}

export const NETWORK_MEMBERS: LinkTable = {
  table: 'learning_network_member',
  ownerColumn: 'network_id',
  targetColumn: 'organization_id',
};
