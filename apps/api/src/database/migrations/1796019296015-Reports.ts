import { MigrationInterface, QueryRunner } from 'typeorm';

/** Self-assessment reports: narrative sections with their versions, public-comment periods, and REPORT threads. */
export class Reports1796019296015 implements MigrationInterface {
  name = 'Reports1796019296015';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."report_kind" AS ENUM('MID_TERM', 'END_OF_TERM')`);
    await queryRunner.query(`CREATE TYPE "public"."report_section_key" AS ENUM('INTRODUCTION', 'PROCESS_NOTE', 'IRM_NOTE', 'IMPLEMENTATION_NOTE', 'CONCLUSION')`);
    await queryRunner.query(`CREATE TYPE "public"."report_locale" AS ENUM('en', 'ko')`);
    await queryRunner.query(`CREATE TABLE "report_consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "kind" "public"."report_kind" NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "opened_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_17ba35010ac4d08bf677bc5742b" UNIQUE ("plan_id", "kind"), CONSTRAINT "PK_f02eeb5386385f80d74fb1f79ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "report_narratives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "kind" "public"."report_kind" NOT NULL, "key" "public"."report_section_key" NOT NULL, "locale" "public"."report_locale" NOT NULL, "text" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '0', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_20104ffa5a9a2c99bed58594e63" UNIQUE ("plan_id", "kind", "key", "locale"), CONSTRAINT "PK_70271e52934eb6a62b7dd16da8f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "report_narrative_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "narrative_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e3b3d372644d91036c9f49d73b8" UNIQUE ("narrative_id", "version"), CONSTRAINT "PK_63738bd19c5c9839be4ee2b9bfe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TYPE "public"."subject_type" ADD VALUE 'REPORT'`);
    await queryRunner.query(`ALTER TABLE "report_consultations" ADD CONSTRAINT "FK_99ae6eed67f6beecaba22ce9a37" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_consultations" ADD CONSTRAINT "FK_6ff44e0bd14488d34ec289d6b2d" FOREIGN KEY ("opened_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_narratives" ADD CONSTRAINT "FK_c9e374101932212ff32ab72b75f" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_narratives" ADD CONSTRAINT "FK_4b100418a532c293603712a2810" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_narrative_versions" ADD CONSTRAINT "FK_bca24d6f84b44f1ade22776cc16" FOREIGN KEY ("narrative_id") REFERENCES "report_narratives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_narrative_versions" ADD CONSTRAINT "FK_bf8080b64d0fa5379c856390f1f" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // subject_type, shared by five tables, goes back to its values before REPORT (the report threads go first).
    for (const table of ['follows', 'notifications', 'thread_events', 'subject_sequences', 'comments']) {
      await queryRunner.query(`DELETE FROM "${table}" WHERE "subject_type" = 'REPORT'`);
    }
    await queryRunner.query(`CREATE TYPE "public"."subject_type_old" AS ENUM('COMMITMENT', 'PROPOSAL', 'MEETING', 'AGENDA_ITEM', 'DRAFT_SECTION', 'IRM_RECOMMENDATION', 'WORKING_GROUP')`);
    for (const table of ['follows', 'notifications', 'subject_sequences', 'thread_events', 'comments']) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "subject_type" TYPE "public"."subject_type_old" USING "subject_type"::"text"::"public"."subject_type_old"`);
    }
    await queryRunner.query(`DROP TYPE "public"."subject_type"`);
    await queryRunner.query(`ALTER TYPE "public"."subject_type_old" RENAME TO "subject_type"`);
    await queryRunner.query(`DROP TABLE "report_narrative_versions"`);
    await queryRunner.query(`DROP TABLE "report_narratives"`);
    await queryRunner.query(`DROP TABLE "report_consultations"`);
    await queryRunner.query(`DROP TYPE "public"."report_locale"`);
    await queryRunner.query(`DROP TYPE "public"."report_section_key"`);
    await queryRunner.query(`DROP TYPE "public"."report_kind"`);
  }
}
