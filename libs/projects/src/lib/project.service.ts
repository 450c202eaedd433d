import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type Actor,
  canReadUnpublished,
  DomainError,
  EditorialState,
  type MaybeActor,
  nextEditorialState,
  type Page,
  ProjectStatus,
  refuseNulls,
  Role,
  slugify,
  type TargetGroup,
} from '@werkkennis/kernel';
import { InterventionEntity } from '@werkkennis/interventions';
import { LearningNetworkEntity, OrganizationEntity } from '@werkkennis/organizations';
import { type Change, freeSlug, inOrderOf, linkedIds, type LinkTable, paginate, retryOnSlugConflict, UnitOfWork, type WriteContext } from '@werkkennis/persistence';
import { type EntityManager, In, Repository, type SelectQueryBuilder } from 'typeorm';
import { ProjectEntity } from './project.entity';
import type { CreateProjectInput, UpdateProjectInput } from './project.inputs';

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

  /** For DataLoader: the interventions each project uses, by name. */
  async interventionsOf(projectIds: readonly string[]): Promise<InterventionEntity[][]> {
    const manager = this.projects.manager;
    const idsByProject = await linkedIds(manager, PROJECT_INTERVENTIONS, projectIds);
    const ids = [...new Set([...idsByProject.values()].flat())];
    const found = ids.length ? await manager.findBy(InterventionEntity, { id: In(ids) }) : [];
    const byId = new Map(found.map((intervention) => [intervention.id, intervention]));
    return projectIds.map((projectId) =>
      (idsByProject.get(projectId) ?? [])
        .flatMap((id) => byId.get(id) ?? [])
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    );
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

  create(actor: MaybeActor, input: CreateProjectInput): Promise<ProjectEntity> {
    return retryOnSlugConflict(slugify(input.title), (slugBase) =>
      this.writes.run(actor, 'project.create', async (write) => {
        const { manager } = write;
        const ownerOrganizationId = this.ownerFor(write.actor, input.organizationId);
        await this.assertExists(manager, OrganizationEntity, [ownerOrganizationId], 'organizationId');
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
          themes: input.themes ?? [],
          targetGroups: input.targetGroups ?? [],
          state: EditorialState.DRAFT,
          publishedAt: null,
          archivedAt: null,
          ownerOrganizationId,
          networkId: input.networkId ?? null,
        });
        await this.applyLinks(manager, project, input);
        const saved = await manager.save(project);
        write.record(projectChange(null, saved));
        return saved;
      }),
    );
  }

  update(actor: MaybeActor, id: string, input: UpdateProjectInput): Promise<ProjectEntity> {
    return this.change(actor, id, 'project.update', async (manager, project) => {
      refuseNulls(input, REQUIRED);
      const { interventionIds, partnerOrganizationIds, networkId, ...fields } = input;
      for (const [field, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(project, { [field]: value });
      }
      await this.applyLinks(manager, project, { interventionIds, partnerOrganizationIds, networkId });
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

  private async applyLinks(
    manager: EntityManager,
    project: ProjectEntity,
    links: Pick<CreateProjectInput, 'interventionIds' | 'partnerOrganizationIds' | 'networkId'>,
  ): Promise<void> {
    if (links.interventionIds) {
      project.interventions = await this.assertExists(manager, InterventionEntity, links.interventionIds, 'interventionIds');
    }
    if (links.partnerOrganizationIds) {
      project.partners = await this.assertExists(manager, OrganizationEntity, links.partnerOrganizationIds, 'partnerOrganizationIds');
    }
    if (links.networkId) await this.assertExists(manager, LearningNetworkEntity, [links.networkId], 'networkId');
  }

  private async assertExists<E extends { id: string }>(
    manager: EntityManager,
    entity: new () => E,
    ids: string[],
    field: string,
  ): Promise<E[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const found = await manager.findBy(entity, { id: In(unique) } as never);
    const missing = unique.filter((id) => !found.some((row) => row.id === id));
    if (missing.length) throw DomainError.invalidInput({ [field]: [`Onbekend id: ${missing.join(', ')}.`] });
    return found;
  }

  private ownerFor(actor: Actor, requested: string | undefined): string {
    if (actor.role === Role.ADMIN) {
      if (!requested) throw DomainError.invalidInput({ organizationId: ['Kies de penvoerende organisatie.'] });
      return requested;
    }
    if (!actor.organizationId) throw DomainError.forbidden('Uw account hoort bij geen organisatie; vraag de beheerder u te koppelen.');
    if (requested && requested !== actor.organizationId) {
      throw DomainError.forbidden('U kunt alleen projecten voor uw eigen organisatie aanmaken.');
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
