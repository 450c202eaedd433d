import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Title, Publisher, 2021" or "Title, 2021", as citations were written before they had fields. */
const CITATION = /^(?<title>.+?)(?:,\s*(?<publisher>[^,]+?))?,\s*(?<year>(?:1[89]|20)\d\d)\.?$/;

const normalized = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
};

interface Organization {
  id: string;
  name: string;
  website: string | null;
}

/** Whether a source's publisher or link points at this organisation: by name, by the abbreviation in its name, or by its website. */
function namesOrganization(publisher: string, sourceUrl: string | null, organization: Organization): boolean {
  const name = normalized(organization.name);
  const party = normalized(publisher);
  if (party && (party === name || name.includes(`(${party})`) || name.startsWith(`${party} (`))) return true;
  const host = hostOf(sourceUrl);
  return !!host && host === hostOf(organization.website);
}

/**
 * A definition's source gets fields of its own (title, publisher, year), apart from who entered
 * it. Until now a definition's organisation defaulted to its author's, so a source by NVvA
 * entered by a Tilburg researcher showed as Tilburg University's: the organisation becomes the
 * one the citation names; a publisher not on Werkkennis is kept by name, with no organisation.
 */
export class DefinitionSourceCredit1763900000061 implements MigrationInterface {
  name = 'DefinitionSourceCredit1763900000061';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "definition" ADD "source_title" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "definition" ADD "source_publisher" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "definition" ADD "source_year" integer`);
    const organizations: Organization[] = await queryRunner.query(`SELECT "id", "name", "website" FROM "organization"`);
    const definitions: { id: string; source: string; sourceUrl: string | null; organizationId: string | null; authorOrganizationId: string | null }[] =
      await queryRunner.query(
        `SELECT d."id", d."source", d."source_url" AS "sourceUrl", d."organization_id" AS "organizationId", u."organization_id" AS "authorOrganizationId"
           FROM "definition" d LEFT JOIN "app_user" u ON u."id" = d."author_id"`,
      );
    for (const definition of definitions) {
      const parts = CITATION.exec(definition.source.trim())?.groups;
      const title = parts ? parts['title'].trim() : definition.source.trim();
      const publisher = parts?.['publisher']?.trim() ?? '';
      const year = parts ? Number(parts['year']) : null;
      const current = organizations.find((organization) => organization.id === definition.organizationId);
      const named = organizations.find((organization) => namesOrganization(publisher, definition.sourceUrl, organization));
      let organizationId = definition.organizationId;
      if (named) organizationId = named.id;
      // Taken from the author, and the citation names someone else: that was never the source.
      else if (publisher && current && current.id === definition.authorOrganizationId && !namesOrganization(publisher, null, current)) organizationId = null;
      await queryRunner.query(
        `UPDATE "definition" SET "source_title" = $2, "source_publisher" = $3, "source_year" = $4, "organization_id" = $5 WHERE "id" = $1`,
        [definition.id, title, publisher, year, organizationId],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "definition" DROP COLUMN "source_year"`);
    await queryRunner.query(`ALTER TABLE "definition" DROP COLUMN "source_publisher"`);
    await queryRunner.query(`ALTER TABLE "definition" DROP COLUMN "source_title"`);
  }
}
