import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language of the weekly e-mail: the one the person used when they turned it on. */
export class DigestLanguage1763900000120 implements MigrationInterface {
  name = 'DigestLanguage1763900000120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_settings" ADD "language" varchar(2) NOT NULL DEFAULT 'nl'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_settings" DROP COLUMN "language"`);
  }
}
