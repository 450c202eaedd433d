import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When an annotation's author last changed what it says, so that readers see it was edited. */
export class AnnotationEditedAt1763900000021 implements MigrationInterface {
  name = 'AnnotationEditedAt1763900000021';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annotation" ADD "edited_at" TIMESTAMP WITH TIME ZONE`);
    // Before this column, a later updated_at meant an edit (nothing else changes an annotation).
    await queryRunner.query(`UPDATE "annotation" SET "edited_at" = "updated_at" WHERE "updated_at" > "created_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "edited_at"`);
  }
}
