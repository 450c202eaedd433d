import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an import keeps of a term beyond its own fields: mapping relations, notations, examples, hidden labels, labels and notes in other languages. */
export class TermOtherStatements1763900000110 implements MigrationInterface {
  name = 'TermOtherStatements1763900000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "term" ADD "other_statements" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "term" DROP COLUMN "other_statements"`);
  }
}
