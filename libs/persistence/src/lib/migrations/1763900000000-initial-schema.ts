import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: organisations, people, interventions, projects, findings and the vocabulary. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(40) NOT NULL, "region" character varying(100), "website" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "learning_network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "central_question" text NOT NULL, "description" text NOT NULL, "start_date" date NOT NULL, "end_date" date, "funders" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_55a34695c69ece694d9639344f0" UNIQUE ("slug"), CONSTRAINT "PK_ba16df40e451e7f11c15d9ffc2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "intervention" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "summary" text NOT NULL, "what_you_do" text NOT NULL, "how_you_do_it" text NOT NULL, "effect" text NOT NULL, "determinants" character varying array NOT NULL DEFAULT '{}', "target_groups" character varying array NOT NULL DEFAULT '{}', "tracks" character varying array NOT NULL DEFAULT '{}', "evidence_level" character varying(40) NOT NULL, "evidence_rated_on" date, "evidence_rationale" text NOT NULL DEFAULT '', "working_elements" text array NOT NULL DEFAULT '{}', "sources" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7e49c667c5ee28f63e3ff025ec3" UNIQUE ("slug"), CONSTRAINT "PK_b9c85e27e192205b164e5187279" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "reason" text NOT NULL DEFAULT '', "background" text NOT NULL DEFAULT '', "goal" text NOT NULL DEFAULT '', "expected_results" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL, "start_date" date, "duration_months" integer, "leads" text array NOT NULL DEFAULT '{}', "funders" text array NOT NULL DEFAULT '{}', "themes" text array NOT NULL DEFAULT '{}', "target_groups" character varying array NOT NULL DEFAULT '{}', "state" character varying(20) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "owner_organization_id" uuid NOT NULL, "network_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6fce32ddd71197807027be6ad38" UNIQUE ("slug"), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5a728313f60d441e0886ec1b84" ON "project"  ("owner_organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_e834b5b745507255bc507d7434" ON "project"  ("state", "title")`);
    await queryRunner.query(`CREATE TABLE "finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "kind" character varying(20) NOT NULL, "outcome" character varying(40), "population" text NOT NULL DEFAULT '', "design" character varying(20), "sample_size" integer, "effect_direction" character varying(20), "effect_size" character varying(200), "document_links" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_eb27d57444859ac44eb3d7c96b" ON "finding"  ("project_id")`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "organization_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "term" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "label" character varying(200) NOT NULL, "alt_labels" text array NOT NULL DEFAULT '{}', "scope_note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f1339ba5a4e73d1a7c0cd2a5081" UNIQUE ("slug"), CONSTRAINT "PK_55b0479f0743f2e5d5ec414821e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "term_relation" ("term_id" uuid NOT NULL, "related_term_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, CONSTRAINT "PK_677d3b6549d6ec7ea79f626d1a3" PRIMARY KEY ("term_id", "related_term_id", "kind"))`);
    await queryRunner.query(`CREATE TABLE "definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "term_id" uuid NOT NULL, "text" text NOT NULL, "perspective" character varying(20) NOT NULL, "organization_id" uuid, "source" text NOT NULL DEFAULT '', "source_url" character varying(500), "author_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5eb37954eebae17387f4ebabb5c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ca61e28522aa373ca383345b99" ON "definition"  ("term_id")`);
    await queryRunner.query(`CREATE TABLE "annotation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "definition_id" uuid NOT NULL, "motivation" character varying(20) NOT NULL, "body" text NOT NULL, "references" text array NOT NULL DEFAULT '{}', "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec39ebae82efb7cfc77302eb7b3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5ef5bebe353c243111c50b521e" ON "annotation"  ("definition_id")`);
    await queryRunner.query(`CREATE TABLE "learning_network_member" ("network_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_00242e4d6ab1168cad8514147ee" PRIMARY KEY ("network_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8bc9df82544ee2b53561033216" ON "learning_network_member"  ("network_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_d21724981f639c5fd4eeb880c8" ON "learning_network_member"  ("organization_id")`);
    await queryRunner.query(`CREATE TABLE "intervention_developer" ("intervention_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_ece471c3393b04b71bac2c50edb" PRIMARY KEY ("intervention_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aebfa0b699f62db4a0e3045337" ON "intervention_developer"  ("intervention_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_9d258a1f3b3c443bddcc7ddc4c" ON "intervention_developer"  ("organization_id")`);
    await queryRunner.query(`CREATE TABLE "project_intervention" ("project_id" uuid NOT NULL, "intervention_id" uuid NOT NULL, CONSTRAINT "PK_b1b64df571152d1d5b40eef582b" PRIMARY KEY ("project_id", "intervention_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e37bf9d5bd007d49d99d3efd70" ON "project_intervention"  ("project_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_2493f438a6bd7e2234e3e2b445" ON "project_intervention"  ("intervention_id")`);
    await queryRunner.query(`CREATE TABLE "project_partner" ("project_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_eed6f0e78e05c561b37ae53416b" PRIMARY KEY ("project_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6d67b6586085ab12b6d4809a48" ON "project_partner"  ("project_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_fd89ec9c093daf931ecda9c742" ON "project_partner"  ("organization_id")`);
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_5a728313f60d441e0886ec1b84c" FOREIGN KEY ("owner_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_be30eac1fd07fd5fdd074ae2302" FOREIGN KEY ("network_id") REFERENCES "learning_network"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_eb27d57444859ac44eb3d7c96b0" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "term_relation" ADD CONSTRAINT "FK_78eae8f333509d282c5c31d497c" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "term_relation" ADD CONSTRAINT "FK_32391b1f4cea2aecf7e61d12c7a" FOREIGN KEY ("related_term_id") REFERENCES "term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition" ADD CONSTRAINT "FK_ca61e28522aa373ca383345b998" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition" ADD CONSTRAINT "FK_0bb50336e19eebff053611ce252" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition" ADD CONSTRAINT "FK_e85fc42ebeba9343c8d8912eadf" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD CONSTRAINT "FK_5ef5bebe353c243111c50b521e3" FOREIGN KEY ("definition_id") REFERENCES "definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD CONSTRAINT "FK_e84329255dd31b6f24f2d36eb43" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_network_member" ADD CONSTRAINT "FK_8bc9df82544ee2b535610332168" FOREIGN KEY ("network_id") REFERENCES "learning_network"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "learning_network_member" ADD CONSTRAINT "FK_d21724981f639c5fd4eeb880c82" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "intervention_developer" ADD CONSTRAINT "FK_aebfa0b699f62db4a0e3045337c" FOREIGN KEY ("intervention_id") REFERENCES "intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "intervention_developer" ADD CONSTRAINT "FK_9d258a1f3b3c443bddcc7ddc4c1" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "project_intervention" ADD CONSTRAINT "FK_e37bf9d5bd007d49d99d3efd701" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "project_intervention" ADD CONSTRAINT "FK_2493f438a6bd7e2234e3e2b4454" FOREIGN KEY ("intervention_id") REFERENCES "intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "project_partner" ADD CONSTRAINT "FK_6d67b6586085ab12b6d4809a489" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "project_partner" ADD CONSTRAINT "FK_fd89ec9c093daf931ecda9c7421" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project_partner" DROP CONSTRAINT "FK_fd89ec9c093daf931ecda9c7421"`);
    await queryRunner.query(`ALTER TABLE "project_partner" DROP CONSTRAINT "FK_6d67b6586085ab12b6d4809a489"`);
    await queryRunner.query(`ALTER TABLE "project_intervention" DROP CONSTRAINT "FK_2493f438a6bd7e2234e3e2b4454"`);
    await queryRunner.query(`ALTER TABLE "project_intervention" DROP CONSTRAINT "FK_e37bf9d5bd007d49d99d3efd701"`);
    await queryRunner.query(`ALTER TABLE "intervention_developer" DROP CONSTRAINT "FK_9d258a1f3b3c443bddcc7ddc4c1"`);
    await queryRunner.query(`ALTER TABLE "intervention_developer" DROP CONSTRAINT "FK_aebfa0b699f62db4a0e3045337c"`);
    await queryRunner.query(`ALTER TABLE "learning_network_member" DROP CONSTRAINT "FK_d21724981f639c5fd4eeb880c82"`);
    await queryRunner.query(`ALTER TABLE "learning_network_member" DROP CONSTRAINT "FK_8bc9df82544ee2b535610332168"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP CONSTRAINT "FK_e84329255dd31b6f24f2d36eb43"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP CONSTRAINT "FK_5ef5bebe353c243111c50b521e3"`);
    await queryRunner.query(`ALTER TABLE "definition" DROP CONSTRAINT "FK_e85fc42ebeba9343c8d8912eadf"`);
    await queryRunner.query(`ALTER TABLE "definition" DROP CONSTRAINT "FK_0bb50336e19eebff053611ce252"`);
    await queryRunner.query(`ALTER TABLE "definition" DROP CONSTRAINT "FK_ca61e28522aa373ca383345b998"`);
    await queryRunner.query(`ALTER TABLE "term_relation" DROP CONSTRAINT "FK_32391b1f4cea2aecf7e61d12c7a"`);
    await queryRunner.query(`ALTER TABLE "term_relation" DROP CONSTRAINT "FK_78eae8f333509d282c5c31d497c"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "FK_eb27d57444859ac44eb3d7c96b0"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_be30eac1fd07fd5fdd074ae2302"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_5a728313f60d441e0886ec1b84c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd89ec9c093daf931ecda9c742"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d67b6586085ab12b6d4809a48"`);
    await queryRunner.query(`DROP TABLE "project_partner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2493f438a6bd7e2234e3e2b445"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e37bf9d5bd007d49d99d3efd70"`);
    await queryRunner.query(`DROP TABLE "project_intervention"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d258a1f3b3c443bddcc7ddc4c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aebfa0b699f62db4a0e3045337"`);
    await queryRunner.query(`DROP TABLE "intervention_developer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d21724981f639c5fd4eeb880c8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bc9df82544ee2b53561033216"`);
    await queryRunner.query(`DROP TABLE "learning_network_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5ef5bebe353c243111c50b521e"`);
    await queryRunner.query(`DROP TABLE "annotation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca61e28522aa373ca383345b99"`);
    await queryRunner.query(`DROP TABLE "definition"`);
    await queryRunner.query(`DROP TABLE "term_relation"`);
    await queryRunner.query(`DROP TABLE "term"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb27d57444859ac44eb3d7c96b"`);
    await queryRunner.query(`DROP TABLE "finding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e834b5b745507255bc507d7434"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a728313f60d441e0886ec1b84"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP TABLE "intervention"`);
    await queryRunner.query(`DROP TABLE "learning_network"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
