import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  authorize,
  authorizeRole,
  DomainError,
  type Determinant,
  EvidenceLevel,
  type MaybeActor,
  type Page,
  refuseNulls,
  slugify,
  type TargetGroup,
} from '@werkkennis/kernel';
import { enqueueOutbox, freeSlug, recordAudit, retryOnSlugConflict, inOrderOf, type LinkTable, paginate, TransactionRunner } from '@werkkennis/persistence';
import { In, Repository, type EntityManager } from 'typeorm';
import { OrganizationEntity } from '@werkkennis/organizations';
import { InterventionEntity } from './intervention.entity';
import type { CreateInterventionInput, UpdateInterventionInput } from './intervention.inputs';

export const INTERVENTION_DEVELOPERS: LinkTable = {
  table: 'intervention_developer',
  ownerColumn: 'intervention_id',
  targetColumn: 'organization_id',
};

export interface InterventionFilter {
  targetGroups?: TargetGroup[];
  determinants?: Determinant[];
  evidenceLevels?: EvidenceLevel[];
}

export type InterventionSort = 'NAME' | 'RECENTLY_UPDATED';

const REQUIRED: (keyof UpdateInterventionInput & string)[] = ['name', 'summary', 'whatYouDo', 'howYouDoIt', 'effect'];

/** Interventions are shared knowledge: visible to everyone, changed by their developers. */
@Injectable()
export class InterventionService {
  constructor(
    @InjectRepository(InterventionEntity) private readonly interventions: Repository<InterventionEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  async bySlug(slug: string): Promise<InterventionEntity> {
    const intervention = await this.interventions.findOneBy({ slug });
    if (!intervention) throw DomainError.notFound('Interventie', slug);
    return intervention;
  }

  list(filter: InterventionFilter, sort: InterventionSort, first: number, after?: string): Promise<Page<InterventionEntity>> {
    const query = this.interventions.createQueryBuilder('intervention');
    if (filter.targetGroups?.length) query.andWhere('intervention.target_groups && :targetGroups', { targetGroups: filter.targetGroups });
    if (filter.determinants?.length) query.andWhere('intervention.determinants && :determinants', { determinants: filter.determinants });
    if (filter.evidenceLevels?.length) query.andWhere('intervention.evidence_level IN (:...levels)', { levels: filter.evidenceLevels });
    const order =
      sort === 'NAME'
        ? ({ column: 'intervention.name', property: 'name', direction: 'ASC' } as const)
        : ({ column: 'intervention.updated_at', property: 'updatedAt', direction: 'DESC' } as const);
    return paginate(query, order, first, after);
  }

  async byIds(ids: readonly string[]): Promise<(InterventionEntity | null)[]> {
    return inOrderOf(ids, await this.interventions.findBy({ id: In([...ids]) }));
  }

  async create(actor: MaybeActor, input: CreateInterventionInput): Promise<InterventionEntity> {
    const author = authorize(actor, 'intervention.create');
    const developerIds = input.developerOrganizationIds?.length
      ? input.developerOrganizationIds
      : author.organizationId
        ? [author.organizationId]
        : [];
    return retryOnSlugConflict(slugify(input.name), (slugBase) => this.transactions.run(async (manager) => {
      const developers = await this.existingOrganizations(manager, developerIds);
      const intervention = manager.create(InterventionEntity, {
        slug: await freeSlug(manager, InterventionEntity, slugBase),
        name: input.name,
        summary: input.summary,
        whatYouDo: input.whatYouDo,
        howYouDoIt: input.howYouDoIt,
        effect: input.effect,
        determinants: input.determinants ?? [],
        targetGroups: input.targetGroups ?? [],
        tracks: input.tracks ?? [],
        evidenceLevel: input.evidenceLevel ?? EvidenceLevel.WELL_DESCRIBED,
        evidenceRatedOn: input.evidenceRatedOn ?? null,
        evidenceRationale: input.evidenceRationale ?? '',
        workingElements: input.workingElements ?? [],
        sources: input.sources ?? [],
        developers,
      });
      const saved = await manager.save(intervention);
      await enqueueOutbox(manager, { type: 'INTERVENTION', id: saved.id });
      await recordAudit(manager, {
        actorId: author.userId,
        organizationId: author.organizationId,
        action: 'intervention.create',
        subjectType: 'INTERVENTION',
        subjectId: saved.id,
        before: null,
        after: saved,
      });
      return saved;
    }));
  }

  async update(actor: MaybeActor, id: string, input: UpdateInterventionInput): Promise<InterventionEntity> {
    authorizeRole(actor, 'intervention.update');
    refuseNulls(input, REQUIRED);
    return this.transactions.run(async (manager) => {
      const intervention = await manager.findOne(InterventionEntity, { where: { id }, relations: { developers: true } });
      if (!intervention) throw DomainError.notFound('Interventie', id);
      const changer = authorize(actor, 'intervention.update', { organizationIds: (intervention.developers ?? []).map((o) => o.id) });
      const before = { ...intervention };
      const { developerOrganizationIds, ...fields } = input;
      for (const [field, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(intervention, { [field]: value });
      }
      if (developerOrganizationIds) {
        intervention.developers = await this.existingOrganizations(manager, developerOrganizationIds);
      }
      const saved = await manager.save(intervention);
      await enqueueOutbox(manager, { type: 'INTERVENTION', id: saved.id });
      await recordAudit(manager, {
        actorId: changer.userId,
        organizationId: changer.organizationId,
        action: 'intervention.update',
        subjectType: 'INTERVENTION',
        subjectId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  private async existingOrganizations(manager: EntityManager, ids: string[]): Promise<OrganizationEntity[]> {
    if (!ids.length) return [];
    const found = await manager.findBy(OrganizationEntity, { id: In(ids) });
    const missing = ids.filter((id) => !found.some((organization) => organization.id === id));
    if (missing.length) {
      throw DomainError.invalidInput({ developerOrganizationIds: [`Onbekende organisatie(s): ${missing.join(', ')}.`] });
    }
    return found;
  }
}
