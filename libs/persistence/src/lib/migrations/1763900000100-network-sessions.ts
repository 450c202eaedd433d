import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions of the learning network: the meeting, the organisations at the table with the
 * perspective each brought, and per term on the agenda what came of it.
 */
export class NetworkSessions1763900000100 implements MigrationInterface {
  name = 'NetworkSessions1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "network_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "held_on" date NOT NULL, "organiser_id" uuid NOT NULL, "summary" text NOT NULL DEFAULT '', "recorded_by_id" uuid, "recorded_for_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_61c916a29d9a63f808ef714f3b5" UNIQUE ("slug"), CONSTRAINT "PK_3f3647bb0957d2e8daf44076f61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_abd7157fb2c886f622d5261f43" ON "network_session"  ("held_on")`);
    await queryRunner.query(`CREATE TABLE "network_session_participant" ("session_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "perspective" character varying(20) NOT NULL, "contribution" text NOT NULL DEFAULT '', "position" integer NOT NULL, CONSTRAINT "PK_ab639f370739f7d0f2be3848c37" PRIMARY KEY ("session_id", "organization_id"))`);
    await queryRunner.query(`CREATE TABLE "network_session_term" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "term_id" uuid NOT NULL, "position" integer NOT NULL, "meeting_points" text NOT NULL DEFAULT '', "differences" text NOT NULL DEFAULT '', "follow_up" text NOT NULL DEFAULT '', "definition_ids" uuid array NOT NULL DEFAULT '{}', "relation_ids" uuid array NOT NULL DEFAULT '{}', "annotation_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_bb039de06852820dcffb91a2aed" UNIQUE ("session_id", "term_id"), CONSTRAINT "PK_e4935836fcc4be4861a0775ee29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dfba99a6c4f635ff1f7d648b68" ON "network_session_term"  ("term_id")`);
    await queryRunner.query(`ALTER TABLE "network_session" ADD CONSTRAINT "FK_356ccb8a631b8472cf80cde5e7e" FOREIGN KEY ("organiser_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_session" ADD CONSTRAINT "FK_eadaf50c89143797e75849bf169" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_session" ADD CONSTRAINT "FK_e1392e41b07903627fd55dc9fab" FOREIGN KEY ("recorded_for_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_session_participant" ADD CONSTRAINT "FK_0131c3afd096eb584801e471569" FOREIGN KEY ("session_id") REFERENCES "network_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_session_participant" ADD CONSTRAINT "FK_e21c1486e5ce31bf8a537ff14e5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_session_term" ADD CONSTRAINT "FK_865a6d24bf2a68193f950fafaea" FOREIGN KEY ("session_id") REFERENCES "network_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_session_term" ADD CONSTRAINT "FK_dfba99a6c4f635ff1f7d648b681" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "network_session_term"`);
    await queryRunner.query(`DROP TABLE "network_session_participant"`);
    await queryRunner.query(`DROP TABLE "network_session"`);
  }
}
