import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox through which published changes reach the search index. */
export class SearchOutbox1763900000001 implements MigrationInterface {
  name = 'SearchOutbox1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0a1cedddd05c2f1e49153a5bb5" ON "outbox" ("processed_at", "available_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_0a1cedddd05c2f1e49153a5bb5"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
