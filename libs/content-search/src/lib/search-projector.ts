import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FindingEntity } from '@werkkennis/findings';
import { InterventionEntity, INTERVENTION_DEVELOPERS } from '@werkkennis/interventions';
import { EditorialState } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { PracticeExperienceEntity } from '@werkkennis/practice-experience';
import { linkedIds, linkedRecords, type OutboxSubject } from '@werkkennis/persistence';
import { INTERVENTION_PROJECTS, PROJECT_INTERVENTIONS, PROJECT_PARTNERS, ProjectEntity } from '@werkkennis/projects';
import { type SearchDocument, type SynonymGroups, WITH_PRACTICE_EXPERIENCE } from '@werkkennis/search';
import { DefinitionEntity, TermEntity } from '@werkkennis/vocabulary';
import { DataSource, In, IsNull } from 'typeorm';

export interface IndexChanges {
  upserts: SearchDocument[];
  removals: string[];
}

const unique = (values: (string | null | undefined)[]): string[] => [...new Set(values.filter((v): v is string => !!v))];
const joinText = (...parts: (string | null | undefined)[]): string => parts.filter(Boolean).join('\n\n');
// Dates arrive as Date objects from the database and as ISO strings from inputs.
const yearOf = (date: string | Date | null): string[] => (date ? [new Date(date).toISOString().slice(0, 4)] : []);
/** The organisations a document is of, as facets: by name and by kind. */
const organizationFacets = (organizations: (OrganizationEntity | null | undefined)[]) => ({
  organization: unique(organizations.map((o) => o?.name)),
  organizationKind: unique(organizations.map((o) => o?.kind)),
});

/**
 * Turns database rows into search documents. Only published content is indexed: an
 * unpublished project (and its findings) becomes a removal, so drafts never reach search;
 * so does a withdrawn finding.
 */
@Injectable()
export class SearchProjector {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What the index must do for these changed subjects, read fresh from the database. */
  async changesFor(subjects: OutboxSubject[]): Promise<IndexChanges> {
    const ids = (type: OutboxSubject['type']) => subjects.filter((s) => s.type === type).map((s) => s.id);
    const findingProjectIds = ids('FINDING').length
      ? (await this.dataSource.getRepository(FindingEntity).findBy({ id: In(ids('FINDING')) })).map((f) => f.projectId)
      : [];
    // A project's keywords hold the names of its interventions, so renaming one changes those projects.
    const interventionProjectIds = ids('INTERVENTION').length
      ? [...(await linkedIds(this.dataSource.manager, INTERVENTION_PROJECTS, ids('INTERVENTION'))).values()].flat()
      : [];
    const [projects, interventions, terms] = await Promise.all([
      this.projectDocuments(unique([...ids('PROJECT'), ...findingProjectIds, ...interventionProjectIds])),
      this.interventionDocuments(ids('INTERVENTION')),
      this.termDocuments(ids('TERM')),
    ]);
    const documents = [...projects, ...interventions, ...terms];
    const asked = new Set(unique([...ids('PROJECT'), ...ids('FINDING'), ...ids('INTERVENTION'), ...ids('TERM')]));
    const projectsGone = await this.unpublishedFindingIds(unique([...ids('PROJECT'), ...findingProjectIds]));
    const present = new Set(documents.map((d) => d.id));
    return {
      upserts: documents,
      removals: unique([...[...asked].filter((id) => !present.has(id)), ...projectsGone]),
    };
  }

  /** Every published document, in batches, for a full rebuild. */
  async *allDocuments(batchSize = 200): AsyncGenerator<SearchDocument[]> {
    const batches: [() => Promise<string[]>, (ids: string[]) => Promise<SearchDocument[]>][] = [
      [async () => (await this.dataSource.getRepository(ProjectEntity).find({ select: { id: true } })).map((p) => p.id), (ids) => this.projectDocuments(ids)],
      [async () => (await this.dataSource.getRepository(InterventionEntity).find({ select: { id: true } })).map((i) => i.id), (ids) => this.interventionDocuments(ids)],
      [async () => (await this.dataSource.getRepository(TermEntity).find({ select: { id: true } })).map((t) => t.id), (ids) => this.termDocuments(ids)],
    ];
    for (const [listIds, documentsFor] of batches) {
      const ids = await listIds();
      for (let start = 0; start < ids.length; start += batchSize) {
        const documents = await documentsFor(ids.slice(start, start + batchSize));
        if (documents.length) yield documents;
      }
    }
  }

  /** Every term's labels as one synonym group: `EBP` finds *evidence-based werken*. */
  async synonymGroups(): Promise<SynonymGroups> {
    const terms = await this.dataSource.getRepository(TermEntity).find();
    return terms.map((term) => unique([term.label, ...term.altLabels])).filter((group) => group.length > 1);
  }

  private async organizationsOf(link: Parameters<typeof linkedIds>[1], ownerIds: string[], extra: Map<string, string> = new Map()) {
    const linked = ownerIds.length ? await linkedIds(this.dataSource.manager, link, ownerIds) : new Map<string, string[]>();
    const allIds = unique([...[...linked.values()].flat(), ...extra.values()]);
    const organizations = allIds.length ? await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(allIds) }) : [];
    const byId = new Map(organizations.map((o) => [o.id, o]));
    return (ownerId: string) =>
      unique([extra.get(ownerId), ...(linked.get(ownerId) ?? [])])
        .map((id) => byId.get(id))
        .filter((o): o is OrganizationEntity => !!o);
  }

  private async projectDocuments(projectIds: string[]): Promise<SearchDocument[]> {
    if (!projectIds.length) return [];
    const projects = await this.dataSource.getRepository(ProjectEntity).findBy({ id: In(projectIds), state: EditorialState.PUBLISHED });
    if (!projects.length) return [];
    const interventionsOf = await linkedRecords(this.dataSource.manager, PROJECT_INTERVENTIONS, projects.map((p) => p.id), (ids) =>
      this.dataSource.getRepository(InterventionEntity).findBy({ id: In(ids) }),
    );
    const organizationsOf = await this.organizationsOf(
      PROJECT_PARTNERS,
      projects.map((p) => p.id),
      new Map(projects.map((p) => [p.id, p.ownerOrganizationId])),
    );
    // A withdrawn finding is asked for and not present, so `changesFor` removes it from the index.
    const findings = await this.dataSource.getRepository(FindingEntity).findBy({ projectId: In(projects.map((p) => p.id)), withdrawnAt: IsNull() });
    const documents: SearchDocument[] = [];
    for (const [index, project] of projects.entries()) {
      const byOrganization = organizationFacets(organizationsOf(project.id));
      documents.push({
        id: project.id,
        type: 'PROJECT',
        slug: project.slug,
        title: project.title,
        text: joinText(project.summary, project.reason, project.background, project.goal, project.expectedResults),
        keywords: unique([...project.themes, ...project.funders, ...project.leads, ...interventionsOf[index].map((i) => i.name)]),
        facets: {
          ...byOrganization,
          targetGroups: project.targetGroups,
          status: [project.status],
          themes: project.themes,
          year: yearOf(project.startDate),
        },
      });
      for (const finding of findings.filter((f) => f.projectId === project.id)) {
        documents.push({
          id: finding.id,
          type: 'FINDING',
          slug: project.slug,
          title: finding.title,
          text: joinText(finding.summary, finding.population, finding.effectSize),
          keywords: unique([project.title, ...project.themes]),
          facets: {
            ...byOrganization,
            targetGroups: project.targetGroups,
            themes: project.themes,
            year: yearOf(finding.createdAt),
          },
        });
      }
    }
    return documents;
  }

  /** Findings of projects that are no longer published, which must leave the index. */
  private async unpublishedFindingIds(projectIds: string[]): Promise<string[]> {
    if (!projectIds.length) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT finding.id FROM finding JOIN project ON project.id = finding.project_id
        WHERE finding.project_id = ANY($1) AND project.state <> $2`,
      [projectIds, EditorialState.PUBLISHED],
    );
    return rows.map((row) => row.id);
  }

  private async interventionDocuments(interventionIds: string[]): Promise<SearchDocument[]> {
    if (!interventionIds.length) return [];
    const interventions = await this.dataSource.getRepository(InterventionEntity).findBy({ id: In(interventionIds) });
    const developersOf = await this.organizationsOf(INTERVENTION_DEVELOPERS, interventions.map((i) => i.id));
    // Hidden experiences leave search with the page; the visible ones make an intervention findable by what practice saw.
    const experiences = await this.dataSource.getRepository(PracticeExperienceEntity).find({
      where: { interventionId: In(interventions.map((i) => i.id)), hiddenAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return interventions.map((intervention) => {
      const practice = experiences.filter((experience) => experience.interventionId === intervention.id);
      return {
        id: intervention.id,
        type: 'INTERVENTION',
        slug: intervention.slug,
        title: intervention.name,
        text: joinText(
          intervention.summary,
          intervention.whatYouDo,
          intervention.howYouDoIt,
          intervention.effect,
          intervention.evidenceRationale,
          ...practice.flatMap((experience) => [experience.whatWorked, experience.whatDidNotWork]),
        ),
        // The provider is how practitioners often know an intervention ("de aanpak van Divosa").
        keywords: unique([...intervention.workingElements, ...(intervention.provider ? [intervention.provider] : [])]),
        facets: {
          ...organizationFacets(developersOf(intervention.id)),
          targetGroups: intervention.targetGroups,
          determinants: intervention.determinants,
          evidenceLevel: [intervention.evidenceLevel],
          year: yearOf(intervention.evidenceRatedOn),
          practiceExperience: practice.length ? [WITH_PRACTICE_EXPERIENCE] : [],
        },
      };
    });
  }

  private async termDocuments(termIds: string[]): Promise<SearchDocument[]> {
    if (!termIds.length) return [];
    const terms = await this.dataSource.getRepository(TermEntity).findBy({ id: In(termIds) });
    const definitions = await this.dataSource.getRepository(DefinitionEntity).find({
      where: { termId: In(terms.map((t) => t.id)) },
      relations: { organization: true },
    });
    return terms.map((term) => {
      const own = definitions.filter((d) => d.termId === term.id);
      return {
        id: term.id,
        type: 'TERM',
        slug: term.slug,
        title: term.label,
        text: joinText(term.scopeNote, ...own.map((d) => d.text)),
        keywords: term.altLabels,
        facets: {
          perspective: unique(own.map((d) => d.perspective)),
          ...organizationFacets(own.map((d) => d.organization)),
        },
      };
    });
  }
}
