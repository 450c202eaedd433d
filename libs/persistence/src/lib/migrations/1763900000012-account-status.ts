import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an account was switched off, so that an admin can tell a deactivated account from an
 * invitation that was never accepted (both are inactive) and switch it back on.
 */
export class AccountStatus1763900000012 implements MigrationInterface {
  name = 'AccountStatus1763900000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    // Inactive accounts that once had a password were deactivated; '!' marks an open invitation.
    await queryRunner.query(`UPDATE "app_user" SET "deactivated_at" = now() WHERE NOT "active" AND "password_hash" <> '!'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deactivated_at"`);
  }
}
