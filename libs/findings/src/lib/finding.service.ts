import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainError,
  DomainErrorCode,
  FindingKind,
  type FindingOutcome,
  isUuid,
  type MaybeActor,
  message,
  type Page,
  refuseNulls,
} from '@werkkennis/kernel';
import { type Change, groupedBy, paginate, UnitOfWork, type WriteContext } from '@werkkennis/persistence';
import { ProjectService } from '@werkkennis/projects';
import { In, Repository } from 'typeorm';
import { contentOf, FindingEntity, findingVersionOf, FindingVersionEntity } from './finding.entity';
import type { AddFindingInput, CorrectFindingInput } from './finding.inputs';

export interface FindingFilter {
  kinds?: FindingKind[];
  outcomes?: FindingOutcome[];
}

/** Fields a correction may change but not empty with null: the columns hold no null. */
const NOT_NULL: (keyof CorrectFindingInput & string)[] = ['title', 'summary', 'kind', 'population', 'documentLinks'];

const findingChange = (organizationId: string, before: FindingEntity | null, after: FindingEntity): Change => ({
  subjectType: 'FINDING',
  subjectId: after.id,
  organizationId,
  before,
  after,
  reindex: [{ type: 'FINDING', id: after.id }],
});

/**
 * Findings share the visibility and ownership of their project. A finding is corrected into a
 * new version (the earlier ones stay, each with its reason) or withdrawn: it then stays
 * readable at its address, marked, but leaves lists and search.
 */
@Injectable()
export class FindingService {
  constructor(
    @InjectRepository(FindingEntity) private readonly findings: Repository<FindingEntity>,
    @InjectRepository(FindingVersionEntity) private readonly versions: Repository<FindingVersionEntity>,
    private readonly projects: ProjectService,
    private readonly writes: UnitOfWork,
  ) {}

  /** Withdrawn findings too: their address keeps answering, with the withdrawal and its reason. */
  async byId(actor: MaybeActor, id: string): Promise<FindingEntity> {
    const finding = isUuid(id) ? await this.findings.findOneBy({ id }) : null;
    const [project] = finding ? await this.projects.visibleByIds(actor, [finding.projectId]) : [null];
    if (!finding || !project) throw DomainError.notFound('noun.finding', id);
    return finding;
  }

  /** Current findings of published projects only: the public body of results. */
  list(filter: FindingFilter, first: number, after?: string): Promise<Page<FindingEntity>> {
    const query = this.projects.wherePublished(this.findings.createQueryBuilder('finding'), 'finding.project_id').andWhere('finding.withdrawn_at IS NULL');
    if (filter.kinds?.length) query.andWhere('finding.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.outcomes?.length) query.andWhere('finding.outcome IN (:...outcomes)', { outcomes: filter.outcomes });
    return paginate(query, { column: 'finding.created_at', property: 'createdAt', direction: 'DESC' }, first, after);
  }

  /** For DataLoader: the findings of each project (the project's visibility is checked by its reader). */
  async forProjects(projectIds: readonly string[], options: { includeWithdrawn: boolean }): Promise<FindingEntity[][]> {
    const query = this.findings.createQueryBuilder('finding').where('finding.project_id IN (:...projectIds)', { projectIds });
    if (!options.includeWithdrawn) query.andWhere('finding.withdrawn_at IS NULL');
    const rows = await query.orderBy('finding.created_at').addOrderBy('finding.id').getMany();
    return groupedBy(projectIds, rows, (finding) => finding.projectId);
  }

  /** For DataLoader: each finding's versions, oldest first. */
  async versionsOf(findingIds: readonly string[]): Promise<FindingVersionEntity[][]> {
    const rows = await this.versions.find({ where: { findingId: In([...findingIds]) }, order: { version: 'ASC' } });
    return groupedBy(findingIds, rows, (row) => row.findingId);
  }

  add(actor: MaybeActor, input: AddFindingInput): Promise<FindingEntity> {
    return this.writes.run(actor, 'finding.add', async (write) => {
      const project = await this.projects.ownedForChange(write, input.projectId);
      const saved = await write.manager.save(
        write.manager.create(FindingEntity, {
          projectId: project.id,
          title: input.title,
          summary: input.summary,
          kind: input.kind ?? FindingKind.EFFECT,
          outcome: input.outcome ?? null,
          population: input.population ?? '',
          design: input.design ?? null,
          sampleSize: input.sampleSize ?? null,
          effectDirection: input.effectDirection ?? null,
          effectSize: input.effectSize ?? null,
          documentLinks: input.documentLinks ?? [],
          version: 1,
        }),
      );
      await write.manager.insert(FindingVersionEntity, findingVersionOf(saved, { changedById: write.actor.userId, changedAt: saved.createdAt, reason: null }));
      write.record(findingChange(project.ownerOrganizationId, null, saved));
      return saved;
    });
  }

  /** A correction is a new version with a public reason; the earlier versions stay as they were. */
  correct(actor: MaybeActor, id: string, input: CorrectFindingInput): Promise<FindingEntity> {
    return this.writes.run(actor, 'finding.correct', async (write) => {
      const { finding, organizationId } = await this.currentForChange(write, id);
      refuseNulls(input, NOT_NULL);
      const { reason, ...fields } = input;
      const changed = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      const next = { ...contentOf(finding), ...changed };
      if (JSON.stringify(next) === JSON.stringify(contentOf(finding))) throw DomainError.invalidInput({ input: [message('validation.nothingCorrected')] });
      const before = { ...finding };
      const correctedAt = new Date();
      Object.assign(finding, next, { version: finding.version + 1, correctedAt, correctionReason: reason.trim() });
      const saved = await write.manager.save(finding);
      await write.manager.insert(FindingVersionEntity, findingVersionOf(saved, { changedById: write.actor.userId, changedAt: correctedAt, reason: saved.correctionReason }));
      write.record(findingChange(organizationId, before, saved));
      return saved;
    });
  }

  /** Withdrawn for good: the finding leaves lists and search, and its page says why. */
  withdraw(actor: MaybeActor, id: string, reason: string): Promise<FindingEntity> {
    return this.writes.run(actor, 'finding.withdraw', async (write) => {
      const { finding, organizationId } = await this.currentForChange(write, id);
      const before = { ...finding };
      Object.assign(finding, { withdrawnAt: new Date(), withdrawalReason: reason.trim() });
      const saved = await write.manager.save(finding);
      write.record(findingChange(organizationId, before, saved));
      return saved;
    });
  }

  /**
   * The finding, locked (two corrections cannot both become version n + 1), after the
   * ownership check on its project. A finding of a project the actor may not see is unknown,
   * named as the finding that was asked for; a withdrawn finding changes no more.
   */
  private async currentForChange(write: WriteContext, id: string): Promise<{ finding: FindingEntity; organizationId: string }> {
    const finding = await write.load(FindingEntity, id, 'noun.finding', { lock: true });
    const project = await this.projects.ownedForChange(write, finding.projectId).catch((error: unknown) => {
      throw error instanceof DomainError && error.code === DomainErrorCode.NOT_FOUND ? DomainError.notFound('noun.finding', id) : error;
    });
    if (finding.withdrawnAt) throw DomainError.invalidInput({ id: [message('validation.findingWithdrawn')] });
    return { finding, organizationId: project.ownerOrganizationId };
  }
}
