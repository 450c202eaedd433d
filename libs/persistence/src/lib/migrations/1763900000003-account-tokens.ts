import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time links for invitations and password resets (hashed). */
export class AccountTokens1763900000003 implements MigrationInterface {
  name = 'AccountTokens1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_afb41d941d437f47a0d75373f88" UNIQUE ("token_hash"), CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ab3c66669facfe429164e60ab8" ON "account_token" ("user_id")`);
    await queryRunner.query(`ALTER TABLE "account_token" ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab3c66669facfe429164e60ab8"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
  }
}
