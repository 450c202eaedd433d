import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Practice experience with interventions: the context, what worked and what not, one response, hiding with a reason. */
export class PracticeExperience1763900000090 implements MigrationInterface {
  name = 'PracticeExperience1763900000090';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "practice_experience" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "intervention_id" uuid NOT NULL, "author_id" uuid, "organization_name" character varying(200) NOT NULL, "target_group" character varying(200) NOT NULL, "what_worked" text NOT NULL, "what_did_not_work" text NOT NULL, "would_use_again" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "response" text, "responded_at" TIMESTAMP WITH TIME ZONE, "responding_organization_id" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, CONSTRAINT "PK_b97bf70ed1895c96363067c49d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c6d1aa23298a42ba301e08e1ad" ON "practice_experience" ("intervention_id")`);
    await queryRunner.query(
      `ALTER TABLE "practice_experience" ADD CONSTRAINT "FK_c6d1aa23298a42ba301e08e1ad9" FOREIGN KEY ("intervention_id") REFERENCES "intervention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_experience" ADD CONSTRAINT "FK_5526dbfe535760e7375793a7f40" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_experience" ADD CONSTRAINT "FK_6d44d62edffa51bfef247965ddb" FOREIGN KEY ("responding_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "practice_experience"`);
  }
}
