import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type Actor,
  Determinant,
  DomainError,
  EvidenceLevel,
  type MaybeActor,
  message,
  type Page,
  refuseNulls,
  slugify,
  TargetGroup,
} from '@werkkennis/kernel';
import { OrganizationService } from '@werkkennis/organizations';
import {
  type Change,
  freeSlug,
  inOrderOf,
  linkedIds,
  linkedRecords,
  type LinkTable,
  paginate,
  replaceLinks,
  retryOnSlugConflict,
  UnitOfWork,
  unknownIds,
} from '@werkkennis/persistence';
import { type EntityManager, In, Repository } from 'typeorm';
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

/** The recognition ladder, lowest to highest: the order in which the kernel declares it. */
export const EVIDENCE_LADDER: readonly EvidenceLevel[] = Object.values(EvidenceLevel);

export interface EvidenceGapCell {
  determinant: Determinant;
  targetGroup: TargetGroup;
  interventions: number;
  /** Null where no intervention addresses this pair: a gap. */
  bestEvidenceLevel: EvidenceLevel | null;
}

export interface EvidenceGapMap {
  determinants: Determinant[];
  targetGroups: TargetGroup[];
  evidenceLadder: EvidenceLevel[];
  /** Every determinant × target group, row by row, the empty ones included. */
  cells: EvidenceGapCell[];
}

const REQUIRED: (keyof UpdateInterventionInput & string)[] = ['name', 'summary', 'whatYouDo', 'howYouDoIt', 'effect'];

/**
 * Interventions belong to their developers: the trail files a change under the changer's
 * organisation when it is one of them (co-developers each read their own part), else under
 * the first developer, so that an admin's edit joins the owners' trail.
 */
const interventionChange = (changer: Actor, developerIds: string[], before: InterventionEntity | null, after: InterventionEntity): Change => ({
  subjectType: 'INTERVENTION',
  subjectId: after.id,
  organizationId: developerIds.some((id) => id === changer.organizationId) ? changer.organizationId : (developerIds[0] ?? changer.organizationId),
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
    private readonly organizations: OrganizationService,
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

  /**
   * How many interventions address each determinant for each target group, and the highest
   * rung any of them reached. Interventions have no drafts: every one is public knowledge.
   */
  async evidenceGapMap(): Promise<EvidenceGapMap> {
    const counted: { determinant: Determinant; targetGroup: TargetGroup; interventions: number; bestRung: number }[] = await this.interventions.query(
      `SELECT determinant, target_group AS "targetGroup", count(DISTINCT intervention.id)::int AS interventions,
              max(array_position($1::varchar[], intervention.evidence_level))::int AS "bestRung"
         FROM intervention, unnest(intervention.determinants) AS determinant, unnest(intervention.target_groups) AS target_group
        GROUP BY determinant, target_group`,
      [EVIDENCE_LADDER],
    );
    const byPair = new Map(counted.map((row) => [`${row.determinant}|${row.targetGroup}`, row]));
    const determinants = Object.values(Determinant);
    const targetGroups = Object.values(TargetGroup);
    const cells = determinants.flatMap((determinant) =>
      targetGroups.map((targetGroup) => {
        const row = byPair.get(`${determinant}|${targetGroup}`);
        return { determinant, targetGroup, interventions: row?.interventions ?? 0, bestEvidenceLevel: row ? EVIDENCE_LADDER[row.bestRung - 1] : null };
      }),
    );
    return { determinants, targetGroups, evidenceLadder: [...EVIDENCE_LADDER], cells };
  }

  async byIds(ids: readonly string[]): Promise<(InterventionEntity | null)[]> {
    return inOrderOf(ids, await this.interventions.findBy({ id: In([...ids]) }));
  }

  /** For DataLoader: the interventions linked to each owner through a link table, by name. */
  async linkedTo(link: LinkTable, ownerIds: readonly string[]): Promise<InterventionEntity[][]> {
    const linked = await linkedRecords(this.interventions.manager, link, ownerIds, (ids) => this.interventions.findBy({ id: In(ids) }));
    return linked.map((interventions) => interventions.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
  }

  /** For writes elsewhere: the ids among these that name no intervention, read in the caller's transaction. */
  unknownIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    return unknownIds(manager, InterventionEntity, ids);
  }

  create(actor: MaybeActor, input: CreateInterventionInput): Promise<InterventionEntity> {
    return retryOnSlugConflict(slugify(input.name), (slugBase) =>
      this.writes.run(actor, 'intervention.create', async (write) => {
        const { manager, actor: author } = write;
        const developerIds = input.developerOrganizationIds?.length ? input.developerOrganizationIds : author.organizationId ? [author.organizationId] : [];
        await this.refuseUnknownDevelopers(manager, developerIds);
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
          durationAndIntensity: input.durationAndIntensity ?? '',
          costs: input.costs ?? '',
          provider: input.provider ?? '',
          contact: input.contact ?? '',
          trainingOrLicence: input.trainingOrLicence ?? '',
          materials: input.materials ?? [],
        });
        const saved = await manager.save(intervention);
        await replaceLinks(manager, INTERVENTION_DEVELOPERS, saved.id, developerIds);
        write.record(interventionChange(author, developerIds, null, saved));
        return saved;
      }),
    );
  }

  update(actor: MaybeActor, id: string, input: UpdateInterventionInput): Promise<InterventionEntity> {
    return this.writes.run(actor, 'intervention.update', async (write) => {
      const intervention = await write.load(InterventionEntity, id, 'noun.intervention');
      const currentDeveloperIds = (await linkedIds(write.manager, INTERVENTION_DEVELOPERS, [intervention.id])).get(intervention.id) ?? [];
      const changer = write.authorizeOwnership(currentDeveloperIds);
      refuseNulls(input, REQUIRED);
      const before = { ...intervention };
      const { developerOrganizationIds, ...fields } = input;
      for (const [field, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(intervention, { [field]: value });
      }
      if (developerOrganizationIds) {
        await this.refuseUnknownDevelopers(write.manager, developerOrganizationIds);
        await replaceLinks(write.manager, INTERVENTION_DEVELOPERS, intervention.id, developerOrganizationIds);
      }
      const saved = await write.manager.save(intervention);
      write.record(interventionChange(changer, developerOrganizationIds ?? currentDeveloperIds, before, saved));
      return saved;
    });
  }

  private async refuseUnknownDevelopers(manager: EntityManager, ids: string[]): Promise<void> {
    const unknown = await this.organizations.unknownIds(manager, ids);
    if (unknown.length) {
      throw DomainError.invalidInput({ developerOrganizationIds: [message('validation.unknownOrganizations', { ids: unknown.join(', ') })] });
    }
  }
}
