import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Findings are corrected into versions and withdrawn, each with a public reason. Every
 * existing finding becomes its own version 1, so each history starts complete; who wrote it
 * was not kept then.
 */
export class FindingCorrections1763900000040 implements MigrationInterface {
  name = 'FindingCorrections1763900000040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "finding" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "corrected_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "correction_reason" text`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "withdrawal_reason" text`);
    await queryRunner.query(
      `CREATE TABLE "finding_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "kind" character varying(20) NOT NULL, "outcome" character varying(40), "population" text NOT NULL DEFAULT '', "design" character varying(20), "sample_size" integer, "effect_direction" character varying(20), "effect_size" character varying(200), "document_links" text array NOT NULL DEFAULT '{}', "reason" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bfdf4c289e38f5a65941384b67d" UNIQUE ("finding_id", "version"), CONSTRAINT "PK_0d9fa2fadfff12bc8e5c8a884a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "finding_version" ("finding_id", "version", "title", "summary", "kind", "outcome", "population", "design", "sample_size", "effect_direction", "effect_size", "document_links", "changed_at")
       SELECT "id", 1, "title", "summary", "kind", "outcome", "population", "design", "sample_size", "effect_direction", "effect_size", "document_links", "created_at" FROM "finding"`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding_version" ADD CONSTRAINT "FK_77d51a586335d578892f5a8f0b6" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding_version" ADD CONSTRAINT "FK_73275d13095513a5ccd91a95689" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "finding_version"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "withdrawal_reason"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "correction_reason"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "corrected_at"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "version"`);
  }
}
