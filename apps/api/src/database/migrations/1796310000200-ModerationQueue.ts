import { MigrationInterface, QueryRunner } from 'typeorm';

/** Members flag comments for the secretariat's moderation queue; an author hears when a moderator hid their comment. */
export class ModerationQueue1796310000200 implements MigrationInterface {
  name = 'ModerationQueue1796310000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."flag_outcome" AS ENUM('HIDDEN', 'DISMISSED')`);
    await queryRunner.query(
      `CREATE TABLE "comment_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "outcome" "public"."flag_outcome", "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_comment_flags_comment_user" UNIQUE ("comment_id", "user_id"), CONSTRAINT "PK_comment_flags" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_comment_flags_comment_id" ON "comment_flags" ("comment_id")`);
    // The queue reads the open flags only.
    await queryRunner.query(`CREATE INDEX "IDX_comment_flags_open" ON "comment_flags" ("created_at") WHERE "outcome" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "comment_flags" ADD CONSTRAINT "FK_comment_flags_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_flags" ADD CONSTRAINT "FK_comment_flags_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'COMMENT_HIDDEN'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'COMMENT_HIDDEN'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('MENTION', 'FOLLOWED_UPDATE', 'MEETING_RESCHEDULED', 'MEETING_CANCELLED', 'ACTION_ITEM_ASSIGNED', 'PROPOSAL_DECIDED', 'PROPOSAL_SUBMITTED', 'PROPOSAL_SELECTED_AS_LEAD')`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind_old"`);
    await queryRunner.query(`DROP TABLE "comment_flags"`);
    await queryRunner.query(`DROP TYPE "public"."flag_outcome"`);
  }
}
