import { MigrationInterface, QueryRunner } from 'typeorm';

/** The secretariat hears of each submitted proposal, and the lead ministry of a proposal selected with it as lead. */
export class NotificationKinds1796200000000 implements MigrationInterface {
  name = 'NotificationKinds1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'PROPOSAL_SUBMITTED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'PROPOSAL_SELECTED_AS_LEAD'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind IN ('PROPOSAL_SUBMITTED', 'PROPOSAL_SELECTED_AS_LEAD')`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('MENTION', 'FOLLOWED_UPDATE', 'MEETING_RESCHEDULED', 'MEETING_CANCELLED', 'ACTION_ITEM_ASSIGNED', 'PROPOSAL_DECIDED')`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind_old"`);
  }
}
