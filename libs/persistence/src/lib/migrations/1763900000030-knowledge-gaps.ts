import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searches that found little, one row per normalised query and visit. The visit is a hash
 * under a salt that changes every day and is never stored, so no row can be traced to a person.
 */
export class KnowledgeGaps1763900000030 implements MigrationInterface {
  name = 'KnowledgeGaps1763900000030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_gap_visit" ("query" character varying(200) NOT NULL, "visit" character varying(64) NOT NULL, "results" integer NOT NULL, "seen_on" date NOT NULL DEFAULT CURRENT_DATE, CONSTRAINT "PK_search_gap_visit" PRIMARY KEY ("query", "visit"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_search_gap_visit_seen_on" ON "search_gap_visit" ("seen_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_gap_visit"`);
  }
}
