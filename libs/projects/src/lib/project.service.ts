import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type Actor,
  canReadUnpublished,
  DomainError,
  EditorialState,
  type MaybeActor,
  message,
  nextEditorialState,
  type Page,
  ProjectStatus,
  refuseNulls,
  Role,
  slugify,
  type TargetGroup,
} from '@werkkennis/kernel';
import { InterventionService } from '@werkkennis/interventions';
import { OrganizationService } from '@werkkennis/organizations';
import {
  type Change,
  freeSlug,
  inOrderOf,
  linkedIds,
  type LinkTable,
  paginate,
  replaceLinks,
  retryOnSlugConflict,
  UnitOfWork,
  type WriteContext,
} from '@werkkennis/persistence';
import { type EntityManager, type ObjectLiteral, Repository, type SelectQueryBuilder } from 'typeorm';
import { ProjectEntity } from './project.entity';
import type { CreateProjectInput, UpdateProjectInput } from './project.inputs';
import { ThemeService } from './theme.service';

export const PROJECT_INTERVENTIONS: LinkTable = {
  table: 'project_intervention',
  ownerColumn: 'project_id',
  targetColumn: 'intervention_id',
};
export const INTERVENTION_PROJECTS: LinkTable = {
  table: 'project_intervention',
  ownerColumn: 'intervention_id',
  targetColumn: 'project_id',
};
export const PROJECT_PARTNERS: LinkTable = {
  table: 'project_partner',
  ownerColumn: 'project_id',
  targetColumn: 'organization_id',
};

export interface ProjectFilter {
  states?: EditorialState[];
  statuses?: ProjectStatus[];
  targetGroups?: TargetGroup[];
  themes?: string[];
  organizationIds?: string[];
  networkId?: string;
}

export type ProjectSort = 'TITLE' | 'RECENTLY_UPDATED';

type ProjectLinks = Pick<CreateProjectInput, 'interventionIds' | 'partnerOrganizationIds' | 'networkId'>;

const REQUIRED: (keyof UpdateProjectInput & string)[] = ['title', 'summary', 'status'];

const projectChange = (before: ProjectEntity | null, after: ProjectEntity): Change => ({
  subjectType: 'PROJECT',
  subjectId: after.id,
  organizationId: after.ownerOrganizationId,
  before,
  after,
  reindex: [{ type: 'PROJECT', id: after.id }],
});

/**
 * Projects belong to their lead organisation. Published projects are public; drafts and
 * archived projects are seen only by that organisation's editors and by admins.
 */
@Injectable()
export class ProjectService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    private readonly writes: UnitOfWork,
    private readonly organizations: OrganizationService,
    private readonly interventions: InterventionService,
    private readonly themes: ThemeService,
  ) {}

  async bySlug(actor: MaybeActor, slug: string): Promise<ProjectEntity> {
    const project = await this.visible(actor).andWhere('project.slug = :slug', { slug }).getOne();
    if (!project) throw DomainError.notFound('noun.project', slug);
    return project;
  }

  list(actor: MaybeActor, filter: ProjectFilter, sort: ProjectSort, first: number, after?: string): Promise<Page<ProjectEntity>> {
    const query = this.visible(actor).andWhere('project.state IN (:...states)', {
      states: filter.states?.length ? filter.states : [EditorialState.PUBLISHED],
    });
    if (filter.statuses?.length) query.andWhere('project.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.targetGroups?.length) query.andWhere('project.target_groups && :targetGroups', { targetGroups: filter.targetGroups });
    if (filter.themes?.length) query.andWhere('project.themes && :themes', { themes: filter.themes });
    if (filter.organizationIds?.length) {
      query.andWhere(
        '(project.owner_organization_id IN (:...organizationIds) OR EXISTS (SELECT 1 FROM project_partner partner WHERE partner.project_id = project.id AND partner.organization_id IN (:...organizationIds)))',
        { organizationIds: filter.organizationIds },
      );
    }
    if (filter.networkId) query.andWhere('project.network_id = :networkId', { networkId: filter.networkId });
    const order =
      sort === 'TITLE'
        ? ({ column: 'project.title', property: 'title', direction: 'ASC' } as const)
        : ({ column: 'project.updated_at', property: 'updatedAt', direction: 'DESC' } as const);
    return paginate(query, order, first, after);
  }

  /** For DataLoader: the projects the actor may see, in the order of the ids asked for. */
  async visibleByIds(actor: MaybeActor, ids: readonly string[]): Promise<(ProjectEntity | null)[]> {
    const found = await this.visible(actor).andWhere('project.id IN (:...ids)', { ids }).getMany();
    return inOrderOf(ids, found);
  }

  /** For DataLoader: the published projects (or own drafts) that use each intervention. */
  async forInterventions(actor: MaybeActor, interventionIds: readonly string[]): Promise<ProjectEntity[][]> {
    const idsByIntervention = await linkedIds(this.projects.manager, INTERVENTION_PROJECTS, interventionIds);
    const projectIds = [...new Set([...idsByIntervention.values()].flat())];
    const found = projectIds.length
      ? await this.visible(actor)
          .andWhere('project.id IN (:...projectIds)', { projectIds })
          .andWhere('project.state = :published', { published: EditorialState.PUBLISHED })
          .orderBy('project.title')
          .getMany()
      : [];
    return interventionIds.map((interventionId) => {
      const ids = new Set(idsByIntervention.get(interventionId));
      return found.filter((project) => ids.has(project.id));
    });
  }

  /**
   * For writes elsewhere (findings): the project inside the caller's unit of work, after the
   * ownership check; a project the actor may not see is unknown.
   */
  async ownedForChange(write: WriteContext, projectId: string): Promise<ProjectEntity> {
    const project = await write.load(ProjectEntity, projectId, 'noun.project', { visible: (found) => this.isVisible(write.actor, found) });
    write.authorizeOwnership([project.ownerOrganizationId]);
    return project;
  }

  /**
   * For lists elsewhere (findings): keeps the rows whose project is published, as a subquery in
   * the caller's own statement, so paging stays in SQL and the rule stays here.
   */
  wherePublished<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, projectIdColumn: string): SelectQueryBuilder<T> {
    const published = query.subQuery().select('published_project.id').from(ProjectEntity, 'published_project').where('published_project.state = :publishedState').getQuery();
    return query.andWhere(`${projectIdColumn} IN ${published}`, { publishedState: EditorialState.PUBLISHED });
  }

  create(actor: MaybeActor, input: CreateProjectInput): Promise<ProjectEntity> {
    return retryOnSlugConflict(slugify(input.title), (slugBase) =>
      this.writes.run(actor, 'project.create', async (write) => {
        const { manager } = write;
        const ownerOrganizationId = this.ownerFor(write.actor, input.organizationId);
        this.refuseUnknown('organizationId', await this.organizations.unknownIds(manager, [ownerOrganizationId]));
        const project = manager.create(ProjectEntity, {
          slug: await freeSlug(manager, ProjectEntity, slugBase),
          title: input.title,
          summary: input.summary,
          reason: input.reason ?? '',
          background: input.background ?? '',
          goal: input.goal ?? '',
          expectedResults: input.expectedResults ?? '',
          status: input.status ?? ProjectStatus.PLANNED,
          startDate: input.startDate ?? null,
          durationMonths: input.durationMonths ?? null,
          leads: input.leads ?? [],
          funders: input.funders ?? [],
          themes: await this.themes.canonicalNames(manager, input.themes ?? []),
          targetGroups: input.targetGroups ?? [],
          state: EditorialState.DRAFT,
          publishedAt: null,
          archivedAt: null,
          ownerOrganizationId,
          networkId: input.networkId ?? null,
        });
        await this.refuseUnknownLinks(manager, input);
        const saved = await manager.save(project);
        await this.writeLinks(manager, saved.id, input);
        write.record(projectChange(null, saved));
        return saved;
      }),
    );
  }

  update(actor: MaybeActor, id: string, input: UpdateProjectInput): Promise<ProjectEntity> {
    return this.change(actor, id, 'project.update', async (manager, project) => {
      refuseNulls(input, REQUIRED);
      const { interventionIds, partnerOrganizationIds, networkId, ...fields } = input;
      if (fields.themes) fields.themes = await this.themes.canonicalNames(manager, fields.themes, project.themes);
      for (const [field, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(project, { [field]: value });
      }
      const links = { interventionIds, partnerOrganizationIds, networkId };
      await this.refuseUnknownLinks(manager, links);
      await this.writeLinks(manager, project.id, links);
      if (networkId !== undefined) project.networkId = networkId;
    });
  }

  publish(actor: MaybeActor, id: string): Promise<ProjectEntity> {
    return this.change(actor, id, 'project.publish', async (_, project) => {
      project.state = nextEditorialState(project.state, 'publish');
      project.publishedAt = new Date();
      project.archivedAt = null;
    });
  }

  archive(actor: MaybeActor, id: string): Promise<ProjectEntity> {
    return this.change(actor, id, 'project.archive', async (_, project) => {
      project.state = nextEditorialState(project.state, 'archive');
      project.archivedAt = new Date();
    });
  }

  /** Loads, authorizes, changes and saves one project in one unit of work. */
  private change(
    actor: MaybeActor,
    id: string,
    action: 'project.update' | 'project.publish' | 'project.archive',
    apply: (manager: EntityManager, project: ProjectEntity) => Promise<void>,
  ): Promise<ProjectEntity> {
    return this.writes.run(actor, action, async (write) => {
      const project = await write.load(ProjectEntity, id, 'noun.project', { visible: (found) => this.isVisible(write.actor, found) });
      write.authorizeOwnership([project.ownerOrganizationId]);
      const before = { ...project };
      await apply(write.manager, project);
      const saved = await write.manager.save(project);
      write.record(projectChange(before, saved));
      return saved;
    });
  }

  /** The linked records belong to other domains: each one answers whether its ids exist. */
  private async refuseUnknownLinks(manager: EntityManager, links: ProjectLinks): Promise<void> {
    if (links.interventionIds) this.refuseUnknown('interventionIds', await this.interventions.unknownIds(manager, links.interventionIds));
    if (links.partnerOrganizationIds) {
      this.refuseUnknown('partnerOrganizationIds', await this.organizations.unknownIds(manager, links.partnerOrganizationIds));
    }
    if (links.networkId) this.refuseUnknown('networkId', await this.organizations.unknownNetworkIds(manager, [links.networkId]));
  }

  private async writeLinks(manager: EntityManager, projectId: string, links: ProjectLinks): Promise<void> {
    if (links.interventionIds) await replaceLinks(manager, PROJECT_INTERVENTIONS, projectId, links.interventionIds);
    if (links.partnerOrganizationIds) await replaceLinks(manager, PROJECT_PARTNERS, projectId, links.partnerOrganizationIds);
  }

  private refuseUnknown(field: string, unknown: string[]): void {
    if (unknown.length) throw DomainError.invalidInput({ [field]: [message('validation.unknownIds', { ids: unknown.join(', ') })] });
  }

  private ownerFor(actor: Actor, requested: string | undefined): string {
    if (actor.role === Role.ADMIN) {
      if (!requested) throw DomainError.invalidInput({ organizationId: [message('validation.chooseLeadOrganization')] });
      return requested;
    }
    if (!actor.organizationId) throw DomainError.forbidden(message('error.noOrganization'));
    if (requested && requested !== actor.organizationId) {
      throw DomainError.forbidden(message('error.ownOrganizationProjectsOnly'));
    }
    return actor.organizationId;
  }

  private isVisible(actor: MaybeActor, project: ProjectEntity): boolean {
    return project.state === EditorialState.PUBLISHED || canReadUnpublished(actor, project.ownerOrganizationId);
  }

  /** Projects the actor may read: published ones, plus the unpublished ones of their own organisation. */
  private visible(actor: MaybeActor): SelectQueryBuilder<ProjectEntity> {
    const query = this.projects.createQueryBuilder('project');
    if (actor?.role === Role.ADMIN) return query.where('TRUE');
    if (actor?.role === Role.EDITOR && actor.organizationId) {
      return query.where('(project.state = :published OR project.owner_organization_id = :ownOrganization)', {
        published: EditorialState.PUBLISHED,
        ownOrganization: actor.organizationId,
      });
    }
    return query.where('project.state = :published', { published: EditorialState.PUBLISHED });
  }
}
