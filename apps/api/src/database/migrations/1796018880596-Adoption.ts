import { MigrationInterface, QueryRunner } from 'typeorm';

export class Adoption1796018880596 implements MigrationInterface {
  name = 'Adoption1796018880596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_plans" ADD "adopted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "action_plans" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "draft_commitments" ADD "left_out_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draft_commitments" DROP COLUMN "left_out_reason"`);
    await queryRunner.query(`ALTER TABLE "action_plans" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "action_plans" DROP COLUMN "adopted_at"`);
  }
}
