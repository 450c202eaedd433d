import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, type OrganizationKind, type Page } from '@werkkennis/kernel';
import { inOrderOf, linkedRecords, paginate, type LinkTable, unknownIds } from '@werkkennis/persistence';
import { type EntityManager, In, Repository } from 'typeorm';
import { LearningNetworkEntity, OrganizationEntity } from './organization.entity';

export interface OrganizationFilter {
  kinds?: OrganizationKind[];
}

@Injectable()
export class OrganizationService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(LearningNetworkEntity) private readonly networks: Repository<LearningNetworkEntity>,
  ) {}

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
