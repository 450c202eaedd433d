import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a quoted passage stood when it was annotated (a W3C TextPositionSelector), the hint for
 * finding it again after the definition is revised. Existing quotes get the position of their
 * words (with the prefix they remember) in the version they were made on.
 */
export class AnnotationQuotePosition1763900000060 implements MigrationInterface {
  name = 'AnnotationQuotePosition1763900000060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annotation" ADD "quote_start" integer`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD "quote_end" integer`);
    // strpos counts characters, JavaScript UTF-16 units: they differ only after characters outside
    // the Basic Multilingual Plane, and then the anchoring treats the position as the hint it is.
    await queryRunner.query(`
      UPDATE "annotation" a SET
        "quote_start" = found.at - 1,
        "quote_end" = found.at - 1 + length(a."quote_exact")
      FROM (
        SELECT a2."id",
               CASE WHEN strpos(v."text", a2."quote_prefix" || a2."quote_exact") > 0
                    THEN strpos(v."text", a2."quote_prefix" || a2."quote_exact") + length(a2."quote_prefix")
                    ELSE strpos(v."text", a2."quote_exact") END AS at
          FROM "annotation" a2
          JOIN "definition_version" v ON v."definition_id" = a2."definition_id" AND v."version" = a2."definition_version"
         WHERE a2."quote_exact" IS NOT NULL
      ) found
      WHERE found."id" = a."id" AND found.at > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "quote_end"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "quote_start"`);
  }
}
