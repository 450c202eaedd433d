import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vocabulary as SKOS: labels per language, abbreviations, B1 explanation, status,
 * collections and imported URIs; definition versions and relations; annotation quotes and threads.
 */
export class VocabularySkos1763900000010 implements MigrationInterface {
  name = 'VocabularySkos1763900000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "term_collection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "label" character varying(200) NOT NULL, "label_en" character varying(200), "uri" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c2b00a11d00ef4a161dfae02976" UNIQUE ("slug"), CONSTRAINT "UQ_1258f1fdcef411eb57a2cf99776" UNIQUE ("uri"), CONSTRAINT "PK_bf1f28b97f6591db8a71472352b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "term_collection_member" ("term_id" uuid NOT NULL, "collection_id" uuid NOT NULL, CONSTRAINT "PK_ff6e370824647e66bd44bfab48e" PRIMARY KEY ("term_id", "collection_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4ac25125cffc08e88b4e8f6ae2" ON "term_collection_member" ("term_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_32da33b92e8193b28b10f20bdf" ON "term_collection_member" ("collection_id")`);

    // The existing alternative labels stay; what looks like an abbreviation (EBP, RTW) moves to its own column.
    await queryRunner.query(`ALTER TABLE "term" RENAME COLUMN "alt_labels" TO "alt_labels_nl"`);
    await queryRunner.query(`ALTER TABLE "term" ADD "label_en" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "term" ADD "alt_labels_en" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "term" ADD "abbreviations" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "term" SET "abbreviations" = ARRAY(SELECT label FROM unnest("alt_labels_nl") AS label WHERE label ~ '^[A-Z0-9]{2,}$'),
                         "alt_labels_nl" = ARRAY(SELECT label FROM unnest("alt_labels_nl") AS label WHERE label !~ '^[A-Z0-9]{2,}$')`,
    );
    await queryRunner.query(`ALTER TABLE "term" ADD "plain_explanation" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "term" ADD "status" character varying(20) NOT NULL DEFAULT 'PROPOSED'`);
    // Terms from before statuses existed were in use: they are preferred, not proposals.
    await queryRunner.query(`UPDATE "term" SET "status" = 'PREFERRED'`);
    await queryRunner.query(`ALTER TABLE "term" ADD "uri" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "term" ADD CONSTRAINT "UQ_dab9841c0181b2d149204e819c0" UNIQUE ("uri")`);

    await queryRunner.query(`CREATE TABLE "definition_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "definition_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "source" text NOT NULL DEFAULT '', "source_url" character varying(500), "changed_by_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_262e28662a51b0bfb1792d2e97b" UNIQUE ("definition_id", "version"), CONSTRAINT "PK_16957bc2c47e26e69f27f84ea1f" PRIMARY KEY ("id"))`);
    // Each existing definition becomes its own current version, written by its author.
    await queryRunner.query(
      `INSERT INTO "definition_version" ("definition_id", "version", "text", "source", "source_url", "changed_by_id", "changed_at")
       SELECT "id", "version", "text", "source", "source_url", "author_id", "updated_at" FROM "definition"`,
    );
    await queryRunner.query(`CREATE TABLE "definition_relation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_definition_id" uuid NOT NULL, "to_definition_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "reason" text NOT NULL, "stated_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bfd0239749ff8e8bf83a954601e" UNIQUE ("from_definition_id", "to_definition_id", "stated_by_id"), CONSTRAINT "PK_91122226252d9ffda5b937867cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_138199d4a190f141a9b243aa15" ON "definition_relation" ("from_definition_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_517ba95f5f50ecef6e966ca808" ON "definition_relation" ("to_definition_id")`);

    await queryRunner.query(`ALTER TABLE "annotation" ADD "reply_to_id" uuid`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD "quote_exact" text`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD "quote_prefix" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD "quote_suffix" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "IDX_73b3d76aec9753328b5978cfae" ON "annotation" ("reply_to_id")`);

    await queryRunner.query(`ALTER TABLE "term_collection_member" ADD CONSTRAINT "FK_4ac25125cffc08e88b4e8f6ae27" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "term_collection_member" ADD CONSTRAINT "FK_32da33b92e8193b28b10f20bdf5" FOREIGN KEY ("collection_id") REFERENCES "term_collection"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "definition_version" ADD CONSTRAINT "FK_94ecb37414dae58eb8441ef352e" FOREIGN KEY ("definition_id") REFERENCES "definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition_version" ADD CONSTRAINT "FK_99ffdb30312f0a52757651e26a9" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition_relation" ADD CONSTRAINT "FK_138199d4a190f141a9b243aa152" FOREIGN KEY ("from_definition_id") REFERENCES "definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition_relation" ADD CONSTRAINT "FK_517ba95f5f50ecef6e966ca8083" FOREIGN KEY ("to_definition_id") REFERENCES "definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "definition_relation" ADD CONSTRAINT "FK_7caa493124de76dad9bd877b367" FOREIGN KEY ("stated_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "annotation" ADD CONSTRAINT "FK_73b3d76aec9753328b5978cfaed" FOREIGN KEY ("reply_to_id") REFERENCES "annotation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annotation" DROP CONSTRAINT "FK_73b3d76aec9753328b5978cfaed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73b3d76aec9753328b5978cfae"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "quote_suffix"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "quote_prefix"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "quote_exact"`);
    await queryRunner.query(`ALTER TABLE "annotation" DROP COLUMN "reply_to_id"`);
    await queryRunner.query(`DROP TABLE "definition_relation"`);
    await queryRunner.query(`DROP TABLE "definition_version"`);
    await queryRunner.query(`ALTER TABLE "term" DROP CONSTRAINT "UQ_dab9841c0181b2d149204e819c0"`);
    await queryRunner.query(`ALTER TABLE "term" DROP COLUMN "uri"`);
    await queryRunner.query(`ALTER TABLE "term" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "term" DROP COLUMN "plain_explanation"`);
    // Folds English labels and abbreviations back into the one list of alternative labels.
    await queryRunner.query(
      `UPDATE "term" SET "alt_labels_nl" = "alt_labels_nl" || "alt_labels_en" || "abbreviations" || (CASE WHEN "label_en" IS NULL THEN '{}'::text[] ELSE ARRAY["label_en"]::text[] END)`,
    );
    await queryRunner.query(`ALTER TABLE "term" DROP COLUMN "abbreviations"`);
    await queryRunner.query(`ALTER TABLE "term" DROP COLUMN "alt_labels_en"`);
    await queryRunner.query(`ALTER TABLE "term" DROP COLUMN "label_en"`);
    await queryRunner.query(`ALTER TABLE "term" RENAME COLUMN "alt_labels_nl" TO "alt_labels"`);
    await queryRunner.query(`DROP TABLE "term_collection_member"`);
    await queryRunner.query(`DROP TABLE "term_collection"`);
  }
}
