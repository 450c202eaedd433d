import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainError,
  FindingKind,
  type FindingOutcome,
  isUuid,
  type MaybeActor,
  type Page,
} from '@werkkennis/kernel';
import { groupedBy, paginate, UnitOfWork } from '@werkkennis/persistence';
import { ProjectService } from '@werkkennis/projects';
import { Repository } from 'typeorm';
import { FindingEntity } from './finding.entity';
import type { AddFindingInput } from './finding.inputs';

export interface FindingFilter {
  kinds?: FindingKind[];
  outcomes?: FindingOutcome[];
}

/** Findings share the visibility and ownership of their project. */
@Injectable()
export class FindingService {
  constructor(
    @InjectRepository(FindingEntity) private readonly findings: Repository<FindingEntity>,
    private readonly projects: ProjectService,
    private readonly writes: UnitOfWork,
  ) {}

  async byId(actor: MaybeActor, id: string): Promise<FindingEntity> {
    const finding = isUuid(id) ? await this.findings.findOneBy({ id }) : null;
    const [project] = finding ? await this.projects.visibleByIds(actor, [finding.projectId]) : [null];
    if (!finding || !project) throw DomainError.notFound('noun.finding', id);
    return finding;
  }

  /** Findings of published projects only: the public body of results. */
  list(filter: FindingFilter, first: number, after?: string): Promise<Page<FindingEntity>> {
    const query = this.projects.wherePublished(this.findings.createQueryBuilder('finding'), 'finding.project_id');
    if (filter.kinds?.length) query.andWhere('finding.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.outcomes?.length) query.andWhere('finding.outcome IN (:...outcomes)', { outcomes: filter.outcomes });
    return paginate(query, { column: 'finding.created_at', property: 'createdAt', direction: 'DESC' }, first, after);
  }

  /** For DataLoader: the findings of each project (the project's visibility is checked by its reader). */
  async forProjects(projectIds: readonly string[]): Promise<FindingEntity[][]> {
    const rows = await this.findings
      .createQueryBuilder('finding')
      .where('finding.project_id IN (:...projectIds)', { projectIds })
      .orderBy('finding.created_at')
      .addOrderBy('finding.id')
      .getMany();
    return groupedBy(projectIds, rows, (finding) => finding.projectId);
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
        }),
      );
      write.record({
        subjectType: 'FINDING',
        subjectId: saved.id,
        organizationId: project.ownerOrganizationId,
        before: null,
        after: saved,
        reindex: [{ type: 'FINDING', id: saved.id }],
      });
      return saved;
    });
  }
}
