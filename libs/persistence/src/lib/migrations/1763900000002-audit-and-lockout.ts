import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of writes, and sign-in lock-out after repeated failures. */
export class AuditAndLockout1763900000002 implements MigrationInterface {
  name = 'AuditAndLockout1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "organization_id" uuid, "action" character varying(40) NOT NULL, "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8cf2877ed54d4467455f772491" ON "audit_entry" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_37623ffa8a257afa24e6229b94" ON "audit_entry" ("subject_type", "subject_id", "created_at")`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "failed_logins"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37623ffa8a257afa24e6229b94"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8cf2877ed54d4467455f772491"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
