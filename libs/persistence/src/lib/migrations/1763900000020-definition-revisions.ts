import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revising a definition: each version keeps the reviser's change note, and each annotation the
 * version of the definition it was made on.
 */
export class DefinitionRevisions1763900000020 implements MigrationInterface {
  name = 'DefinitionRevisions1763900000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "definition_version" ADD "change_note" text`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD "definition_version" integer`);
    // Earlier annotations were made on the version that was current when they were written.
    await queryRunner.query(
      `UPDATE "annotation" SET "definition_version" = COALESCE(
         (SELECT max(v."version") FROM "definition_version" v WHERE v."definition_id" = "annotation"."definition_id" AND v."changed_at" <= "annotation"."created_at"), 1)`,
    );
    await queryRunner.query(`ALTER TABLE "annotation" ALTER COLUMN "definition_version" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "definition_version"`);
    await queryRunner.query(`ALTER TABLE "definition_version" DROP COLUMN "change_note"`);
  }
}
