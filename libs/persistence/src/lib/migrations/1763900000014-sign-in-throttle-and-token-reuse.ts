import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in is throttled per account and client address with growing waits instead of a lock that
 * anyone could trigger; refresh tokens that were traded in are remembered, so that one coming
 * back ends its session (and the session says why).
 */
export class SignInThrottleAndTokenReuse1763900000014 implements MigrationInterface {
  name = 'SignInThrottleAndTokenReuse1763900000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("account_hash" character varying(64) NOT NULL, "address_hash" character varying(64) NOT NULL, "failures" integer NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_sign_in_throttle" PRIMARY KEY ("account_hash", "address_hash"))`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "failed_logins"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "user_session" ADD "revoked_reason" character varying(40)`);
    await queryRunner.query(
      `CREATE TABLE "rotated_refresh_token" ("token_hash" character varying(64) NOT NULL, "session_id" uuid NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_rotated_refresh_token" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rotated_refresh_token_session_id" ON "rotated_refresh_token" ("session_id")`);
    await queryRunner.query(
      `ALTER TABLE "rotated_refresh_token" ADD CONSTRAINT "FK_rotated_refresh_token_session" FOREIGN KEY ("session_id") REFERENCES "user_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rotated_refresh_token"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP COLUMN "revoked_reason"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
  }
}
