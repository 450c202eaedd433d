import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a practitioner needs to start with an intervention: duration, costs, provider, contact, training, materials. */
export class InterventionPracticalInformation1763900000050 implements MigrationInterface {
  name = 'InterventionPracticalInformation1763900000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "intervention" ADD "duration_and_intensity" text NOT NULL DEFAULT '', ADD "costs" text NOT NULL DEFAULT '', ADD "provider" text NOT NULL DEFAULT '', ADD "contact" text NOT NULL DEFAULT '', ADD "training_or_licence" text NOT NULL DEFAULT '', ADD "materials" text array NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "intervention" DROP COLUMN "materials", DROP COLUMN "training_or_licence", DROP COLUMN "contact", DROP COLUMN "provider", DROP COLUMN "costs", DROP COLUMN "duration_and_intensity"`,
    );
  }
}
