import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INTERVENTION_DEVELOPERS } from '@werkkennis/interventions';
import { NETWORK_MEMBERS, OrganizationService } from '@werkkennis/organizations';
import { PROJECT_INTERVENTIONS, ProjectService } from '@werkkennis/projects';
import { DataSource } from 'typeorm';

/** One intervention of one developer used in one published project of another organisation. */
export interface CrossUse {
  developerId: string;
  userId: string;
  interventionId: string;
  projectId: string;
  year: number;
}

/**
 * Knowledge that travels: an intervention developed by one organisation and used in a
 * published project led by another that did not develop it. Projects decide what is published
 * (`wherePublished`); the lead organisation and the year (start date, or the day it was
 * entered) are the project's own columns, read by table name like the link tables.
 */
@Injectable()
export class KnowledgeFlowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly projects: ProjectService,
  ) {}

  /** The organisations of a learning network, or every organisation. */
  async members(networkSlug?: string) {
    if (!networkSlug) return this.dataSource.query(`SELECT id FROM organization`).then((rows: { id: string }[]) => this.organizations.byIds(rows.map((row) => row.id)));
    const network = await this.organizations.networkBySlug(networkSlug);
    const [members] = await this.organizations.linkedTo(NETWORK_MEMBERS, [network.id]);
    return members;
  }

  /** Every cross-organisation use, oldest first; within a network only between its members. */
  async crossUses(memberIds?: string[]): Promise<CrossUse[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('developer.organization_id', 'developerId')
      .addSelect('project.owner_organization_id', 'userId')
      .addSelect('used.intervention_id', 'interventionId')
      .addSelect('used.project_id', 'projectId')
      .addSelect('EXTRACT(YEAR FROM COALESCE(project.start_date, project.created_at))::int', 'year')
      .from(PROJECT_INTERVENTIONS.table, 'used')
      .innerJoin(INTERVENTION_DEVELOPERS.table, 'developer', 'developer.intervention_id = used.intervention_id')
      .innerJoin('project', 'project', 'project.id = used.project_id')
      .where(`NOT EXISTS (SELECT 1 FROM ${INTERVENTION_DEVELOPERS.table} own WHERE own.intervention_id = used.intervention_id AND own.organization_id = project.owner_organization_id)`);
    this.projects.wherePublished(query, 'used.project_id');
    if (memberIds) query.andWhere('developer.organization_id = ANY(:members) AND project.owner_organization_id = ANY(:members)', { members: memberIds });
    return query.orderBy('year').addOrderBy('used.project_id').getRawMany();
  }
}
