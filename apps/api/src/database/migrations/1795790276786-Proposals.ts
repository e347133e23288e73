import { MigrationInterface, QueryRunner } from 'typeorm';

export class Proposals1795790276786 implements MigrationInterface {
  name = 'Proposals1795790276786';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."proposal_status" AS ENUM('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'MERGED', 'PARKED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "title" text NOT NULL, "problem" text NOT NULL DEFAULT '', "proposed_action" text NOT NULL DEFAULT '', "expected_results" text NOT NULL DEFAULT '', "ogp_values" "public"."ogp_value" array NOT NULL DEFAULT '{}', "proposer_id" uuid NOT NULL, "organization_id" uuid, "co_sponsor_organization_ids" uuid array NOT NULL DEFAULT '{}', "status" "public"."proposal_status" NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6b23a2793a1e894f8432a22d5f" ON "proposals"  ("plan_id") `);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "FK_6b23a2793a1e894f8432a22d5f1" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "FK_b173a92ee6a3b6eb4954aea5185" FOREIGN KEY ("proposer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "FK_dc33bf3a873077f778084dd95a7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_dc33bf3a873077f778084dd95a7"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_b173a92ee6a3b6eb4954aea5185"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_6b23a2793a1e894f8432a22d5f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6b23a2793a1e894f8432a22d5f"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
  }
}
