import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What people follow (terms, interventions, organisations, saved searches), their last visit and their weekly digest. */
export class Follows1763900000095 implements MigrationInterface {
  name = 'Follows1763900000095';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "follow" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "target_id" uuid, "label" character varying(200) NOT NULL, "target_slug" character varying(100), "query" text, "filters" jsonb, "feed_token" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_dcf9aaa51ea17643f81fe9c358b" UNIQUE ("feed_token"), CONSTRAINT "PK_fda88bc28a84d2d6d06e19df6e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d3b514cd26ff6190a8f836f9b2" ON "follow" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "follow_settings" ("user_id" uuid NOT NULL, "last_visited_at" TIMESTAMP WITH TIME ZONE, "weekly_digest" boolean NOT NULL DEFAULT false, "unsubscribe_token" character varying(64) NOT NULL, "last_digest_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_5642dd568e15f3870724d817469" UNIQUE ("unsubscribe_token"), CONSTRAINT "PK_277c8f8abdf0a9741648c998e35" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow" ADD CONSTRAINT "FK_d3b514cd26ff6190a8f836f9b28" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_settings" ADD CONSTRAINT "FK_277c8f8abdf0a9741648c998e35" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow_settings"`);
    await queryRunner.query(`DROP TABLE "follow"`);
  }
}
