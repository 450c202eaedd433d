import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EditorialState } from '@werkkennis/kernel';
import { type FacetFilter, SEARCH_ENGINE, type SearchEngine } from '@werkkennis/search';
import { DataSource } from 'typeorm';

/** What appears in feeds and on the Gevolgd page: published content and practice experience, by the moment it became public. */
export const PublicationType = {
  PROJECT: 'PROJECT',
  FINDING: 'FINDING',
  INTERVENTION: 'INTERVENTION',
  TERM: 'TERM',
  PRACTICE_EXPERIENCE: 'PRACTICE_EXPERIENCE',
} as const;
export type PublicationType = (typeof PublicationType)[keyof typeof PublicationType];

export interface Publication {
  type: PublicationType;
  id: string;
  /** The slug of the page it is shown on: a finding's project, an experience's intervention. */
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
}

export interface PublicationFilter {
  /** Only what became public after this moment. */
  since?: Date | null;
  /** Published by (or with) this organisation: owner, partner or developer. */
  organizationId?: string;
  /** About this intervention: itself, the projects that use it and their findings, its practice experience. */
  interventionId?: string;
  /** Only these records (the hits of a search). */
  ids?: string[];
  limit: number;
}

/** A search as someone saved it: what they typed and the facet values they chose. */
export interface SavedQuery {
  query: string;
  filters: FacetFilter[];
}

// Every public record with the moment it became public, the organisations it belongs to and the
// interventions it is about. A finding becomes public with its project, at the latest of the two.
const PUBLICATIONS = `
  WITH project_links AS (
    SELECT p.id, p.slug, p.title, p.summary, p.published_at,
           array_append(coalesce((SELECT array_agg(pp.organization_id) FROM project_partner pp WHERE pp.project_id = p.id), '{}'::uuid[]), p.owner_organization_id) AS organization_ids,
           coalesce((SELECT array_agg(pi.intervention_id) FROM project_intervention pi WHERE pi.project_id = p.id), '{}'::uuid[]) AS intervention_ids
      FROM project p WHERE p.state = '${EditorialState.PUBLISHED}' AND p.published_at IS NOT NULL
  ), publication AS (
    SELECT 'PROJECT' AS type, id, slug, title, summary, published_at, organization_ids, intervention_ids FROM project_links
    UNION ALL
    SELECT 'FINDING', f.id, p.slug, f.title, f.summary, greatest(f.created_at, p.published_at), p.organization_ids, p.intervention_ids
      FROM finding f JOIN project_links p ON p.id = f.project_id WHERE f.withdrawn_at IS NULL
    UNION ALL
    SELECT 'INTERVENTION', i.id, i.slug, i.name, i.summary, i.created_at,
           coalesce((SELECT array_agg(d.organization_id) FROM intervention_developer d WHERE d.intervention_id = i.id), '{}'::uuid[]), ARRAY[i.id]
      FROM intervention i
    UNION ALL
    SELECT 'TERM', t.id, t.slug, t.label, t.scope_note, t.created_at, '{}'::uuid[], '{}'::uuid[] FROM term t
    UNION ALL
    SELECT 'PRACTICE_EXPERIENCE', e.id, i.slug, e.organization_name || ' · ' || e.target_group, e.what_worked, e.created_at, '{}'::uuid[], ARRAY[e.intervention_id]
      FROM practice_experience e JOIN intervention i ON i.id = e.intervention_id WHERE e.hidden_at IS NULL
  )
  SELECT type, id, slug, title, summary, published_at AS "publishedAt" FROM publication
   WHERE ($1::timestamptz IS NULL OR published_at > $1)
     AND ($2::uuid IS NULL OR $2 = ANY(organization_ids))
     AND ($3::uuid IS NULL OR $3 = ANY(intervention_ids))
     AND ($4::uuid[] IS NULL OR id = ANY($4))
   ORDER BY published_at DESC, id
   LIMIT $5`;

/** What can be followed by its page: a term, an intervention, an organisation. */
export type FollowableKind = 'TERM' | 'INTERVENTION' | 'ORGANIZATION';
const FOLLOWABLE: Record<FollowableKind, { table: string; title: string }> = {
  TERM: { table: 'term', title: 'label' },
  INTERVENTION: { table: 'intervention', title: 'name' },
  ORGANIZATION: { table: 'organization', title: 'name' },
};

export interface Subject {
  id: string;
  slug: string;
  title: string;
}

/**
 * What became public, newest first, for feeds and for what someone follows. It reads every
 * domain's published rows, as the search projection does, and writes nothing.
 */
@Injectable()
export class Publications {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async list(filter: PublicationFilter): Promise<Publication[]> {
    if (filter.ids && !filter.ids.length) return [];
    const rows: Publication[] = await this.dataSource.query(PUBLICATIONS, [
      filter.since ?? null,
      filter.organizationId ?? null,
      filter.interventionId ?? null,
      filter.ids ?? null,
      filter.limit,
    ]);
    return rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt) }));
  }

  /** The term, intervention or organisation with this id or slug, or null. */
  async subject(kind: FollowableKind, key: { id: string } | { slug: string }): Promise<Subject | null> {
    const { table, title } = FOLLOWABLE[kind];
    const [column, value] = 'id' in key ? ['id', key.id] : ['slug', key.slug];
    if (column === 'id' && !/^[0-9a-f-]{36}$/i.test(value)) return null;
    const rows: Subject[] = await this.dataSource.query(`SELECT id, slug, ${title} AS title FROM ${table} WHERE ${column} = $1`, [value]);
    return rows[0] ?? null;
  }

  /** What a search finds, newest first: for a saved search, or a term (everything search finds for its label). */
  async matching(search: SavedQuery, filter: Omit<PublicationFilter, 'ids'>): Promise<Publication[]> {
    // The index holds at most 1,000 hits per search; the newest of those are what a feed shows.
    const result = await this.engine.search({ query: search.query, filters: search.filters, limit: 1000, offset: 0 });
    return this.list({ ...filter, ids: result.hits.map((hit) => hit.id) });
  }
}
