import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rate-limit counters shared by every API process on one PostgreSQL database. */
export class RateLimitWindows1763900000013 implements MigrationInterface {
  name = 'RateLimitWindows1763900000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_window" ("key" character varying(300) NOT NULL, "hits" integer NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_rate_limit_window" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_window"`);
  }
}
