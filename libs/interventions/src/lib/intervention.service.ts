import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type Actor,
  DomainError,
  type Determinant,
  EvidenceLevel,
  type MaybeActor,
  type Page,
  refuseNulls,
  slugify,
  type TargetGroup,
} from '@werkkennis/kernel';
import { type Change, freeSlug, inOrderOf, type LinkTable, paginate, retryOnSlugConflict, UnitOfWork } from '@werkkennis/persistence';
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

/**
 * Interventions belong to their developers: the trail files a change under the changer's
 * organisation when it is one of them (co-developers each read their own part), else under
 * the first developer, so that an admin's edit joins the owners' trail.
 */
const interventionChange = (changer: Actor, before: InterventionEntity | null, after: InterventionEntity): Change => ({
  subjectType: 'INTERVENTION',
  subjectId: after.id,
  organizationId: (after.developers ?? []).some((developer) => developer.id === changer.organizationId)
    ? changer.organizationId
    : (after.developers?.[0]?.id ?? changer.organizationId),
  before,
  after,
  reindex: [{ type: 'INTERVENTION', id: after.id }],
});

/** Interventions are shared knowledge: visible to everyone, changed by their developers. */
@Injectable()
export class InterventionService {
  constructor(
    @InjectRepository(InterventionEntity) private readonly interventions: Repository<InterventionEntity>,
    private readonly writes: UnitOfWork,
  ) {}

  async bySlug(slug: string): Promise<InterventionEntity> {
    const intervention = await this.interventions.findOneBy({ slug });
    if (!intervention) throw DomainError.notFound('noun.intervention', slug);
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

  create(actor: MaybeActor, input: CreateInterventionInput): Promise<InterventionEntity> {
    return retryOnSlugConflict(slugify(input.name), (slugBase) =>
      this.writes.run(actor, 'intervention.create', async (write) => {
        const { manager, actor: author } = write;
        const developerIds = input.developerOrganizationIds?.length ? input.developerOrganizationIds : author.organizationId ? [author.organizationId] : [];
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
          developers: await this.existingOrganizations(manager, developerIds),
        });
        const saved = await manager.save(intervention);
        write.record(interventionChange(author, null, saved));
        return saved;
      }),
    );
  }

  update(actor: MaybeActor, id: string, input: UpdateInterventionInput): Promise<InterventionEntity> {
    return this.writes.run(actor, 'intervention.update', async (write) => {
      const intervention = await write.load(InterventionEntity, id, 'noun.intervention', { relations: { developers: true } });
      const changer = write.authorizeOwnership((intervention.developers ?? []).map((organization) => organization.id));
      refuseNulls(input, REQUIRED);
      const before = { ...intervention };
      const { developerOrganizationIds, ...fields } = input;
      for (const [field, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(intervention, { [field]: value });
      }
      if (developerOrganizationIds) {
        intervention.developers = await this.existingOrganizations(write.manager, developerOrganizationIds);
      }
      const saved = await write.manager.save(intervention);
      write.record(interventionChange(changer, before, saved));
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
