import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795784048841 implements MigrationInterface {
  name = 'Foundation1795784048841';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Case-insensitive e-mail addresses.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(`CREATE TYPE "public"."action_plan_status" AS ENUM('CO_CREATION', 'IMPLEMENTATION', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "action_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" integer NOT NULL, "title" character varying NOT NULL, "title_ko" text, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" "public"."action_plan_status" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8b9509dd755f6204a385535fbad" UNIQUE ("number"), CONSTRAINT "PK_969b73b0a2c013da5849ac154fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "themes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying NOT NULL, "title_ko" text, CONSTRAINT "UQ_8e70002e944a3a3dd2879dcdc10" UNIQUE ("plan_id", "position"), CONSTRAINT "PK_ddbeaab913c18682e5c88155592" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('GOVERNMENT', 'CIVIL_SOCIETY', 'ACADEMIA', 'PRIVATE_SECTOR', 'MULTILATERAL', 'LEGISLATURE', 'JUDICIARY')`);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying NOT NULL, "name" character varying NOT NULL, "name_ko" text, "kind" "public"."organization_kind" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_db220d7cec719da00ac553fbb7d" UNIQUE ("key"), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'GOVERNMENT', 'CSO', 'CITIZEN')`);
    await queryRunner.query(`CREATE TYPE "public"."user_locale" AS ENUM('en', 'ko')`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "display_name" character varying NOT NULL, "role" "public"."user_role" NOT NULL, "organization_id" uuid, "locale" "public"."user_locale" NOT NULL DEFAULT 'en', "password_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TYPE "public"."ogp_value" AS ENUM('ACCESS_TO_INFORMATION', 'CIVIC_PARTICIPATION', 'PUBLIC_ACCOUNTABILITY', 'TECHNOLOGY_AND_INNOVATION')`);
    await queryRunner.query(`CREATE TYPE "public"."completion" AS ENUM('NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "theme_id" uuid NOT NULL, "code" character varying NOT NULL, "title" character varying NOT NULL, "title_ko" text, "summary" text NOT NULL DEFAULT '', "start" date NOT NULL, "end" date NOT NULL, "lead_organization_id" uuid NOT NULL, "point_of_contact_id" uuid, "contact" text NOT NULL DEFAULT '', "public_problem" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "how_it_solves" text NOT NULL DEFAULT '', "ogp_values" "public"."ogp_value" array NOT NULL DEFAULT '{}', "ogp_value_relevance" text NOT NULL DEFAULT '', "additional_info" text NOT NULL DEFAULT '', "next_steps" text NOT NULL DEFAULT '', "involved_actors" text NOT NULL DEFAULT '', "completion" "public"."completion" NOT NULL DEFAULT 'NOT_STARTED', "incorporated_into_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_aeae40df30db2cc9868178a9c94" UNIQUE ("plan_id", "code"), CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1e56371d332db81d4297750f26" ON "commitments"  ("theme_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_890a0b9551427fa26181e1ffe9" ON "commitments"  ("lead_organization_id") `);
    await queryRunner.query(`CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "title_ko" text, "start" date NOT NULL, "end" date NOT NULL, "completion" "public"."completion" NOT NULL DEFAULT 'NOT_STARTED', CONSTRAINT "UQ_a7c80b2a93c3a571bd921fc6b20" UNIQUE ("commitment_id", "position"), CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "completion" "public"."completion" NOT NULL, "evidence_links" text array NOT NULL DEFAULT '{}', "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_180f6781848cb83b31c3deb131b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b4ff2772e90fe8d7f148945eb5" ON "progress_updates"  ("commitment_id", "posted_at") `);
    await queryRunner.query(`CREATE TYPE "public"."irm_response_status" AS ENUM('NOT_ADDRESSED', 'PARTIALLY_ADDRESSED', 'ADDRESSED')`);
    await queryRunner.query(`CREATE TABLE "irm_recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, "text_ko" text, "government_response" text NOT NULL DEFAULT '', "status" "public"."irm_response_status" NOT NULL, CONSTRAINT "UQ_e904990830923f917670ff946ad" UNIQUE ("plan_id", "number"), CONSTRAINT "PK_0ea16dfefbc40a0598249631fc3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "irm_recommendation_commitments" ("irm_recommendations_id" uuid NOT NULL, "commitments_id" uuid NOT NULL, CONSTRAINT "PK_ada292eaaf9b7b0a01249a50998" PRIMARY KEY ("irm_recommendations_id", "commitments_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f1117044ddfaa8ccb83ecbf225" ON "irm_recommendation_commitments"  ("irm_recommendations_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0aab1b5df46ce3d249c1bb7a1f" ON "irm_recommendation_commitments"  ("commitments_id") `);
    await queryRunner.query(`ALTER TABLE "themes" ADD CONSTRAINT "FK_c0d89c774d3b110c05e57fac9de" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_a6c8f719e385291e700fe7cda97" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_1e56371d332db81d4297750f261" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_890a0b9551427fa26181e1ffe9f" FOREIGN KEY ("lead_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_a2b858c5f8db96a8ae2e6a94946" FOREIGN KEY ("point_of_contact_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_3a23fd5ad72c866edb954246c05" FOREIGN KEY ("incorporated_into_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestones" ADD CONSTRAINT "FK_86ac4cc817f19e41021dbbba1c3" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD CONSTRAINT "FK_b8608f58ff1103108b9026a9b61" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD CONSTRAINT "FK_be53f2beb7852791b863d5d4f40" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "irm_recommendations" ADD CONSTRAINT "FK_0a2b1b1f58b878bcba4c0a82e5f" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "irm_recommendation_commitments" ADD CONSTRAINT "FK_f1117044ddfaa8ccb83ecbf2251" FOREIGN KEY ("irm_recommendations_id") REFERENCES "irm_recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "irm_recommendation_commitments" ADD CONSTRAINT "FK_0aab1b5df46ce3d249c1bb7a1fd" FOREIGN KEY ("commitments_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "irm_recommendation_commitments" DROP CONSTRAINT "FK_0aab1b5df46ce3d249c1bb7a1fd"`);
    await queryRunner.query(`ALTER TABLE "irm_recommendation_commitments" DROP CONSTRAINT "FK_f1117044ddfaa8ccb83ecbf2251"`);
    await queryRunner.query(`ALTER TABLE "irm_recommendations" DROP CONSTRAINT "FK_0a2b1b1f58b878bcba4c0a82e5f"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "FK_be53f2beb7852791b863d5d4f40"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "FK_b8608f58ff1103108b9026a9b61"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_86ac4cc817f19e41021dbbba1c3"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_3a23fd5ad72c866edb954246c05"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_a2b858c5f8db96a8ae2e6a94946"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_890a0b9551427fa26181e1ffe9f"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_1e56371d332db81d4297750f261"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_a6c8f719e385291e700fe7cda97"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
    await queryRunner.query(`ALTER TABLE "themes" DROP CONSTRAINT "FK_c0d89c774d3b110c05e57fac9de"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0aab1b5df46ce3d249c1bb7a1f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1117044ddfaa8ccb83ecbf225"`);
    await queryRunner.query(`DROP TABLE "irm_recommendation_commitments"`);
    await queryRunner.query(`DROP TABLE "irm_recommendations"`);
    await queryRunner.query(`DROP TYPE "public"."irm_response_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4ff2772e90fe8d7f148945eb5"`);
    await queryRunner.query(`DROP TABLE "progress_updates"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_890a0b9551427fa26181e1ffe9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e56371d332db81d4297750f26"`);
    await queryRunner.query(`DROP TABLE "commitments"`);
    await queryRunner.query(`DROP TYPE "public"."completion"`);
    await queryRunner.query(`DROP TYPE "public"."ogp_value"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_locale"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP TABLE "themes"`);
    await queryRunner.query(`DROP TABLE "action_plans"`);
    await queryRunner.query(`DROP TYPE "public"."action_plan_status"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS citext`);
  }
}
