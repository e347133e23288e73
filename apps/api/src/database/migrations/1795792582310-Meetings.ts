import { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795792582310 implements MigrationInterface {
  name = 'Meetings1795792582310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_kind" AS ENUM('REGULAR', 'WORKSHOP', 'SPECIAL')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_status" AS ENUM('SCHEDULED', 'IN_PROGRESS', 'HELD', 'CANCELLED')`);
    await queryRunner.query(`CREATE TYPE "public"."minutes_status" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."meeting_kind" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "online_url" text, "status" "public"."meeting_status" NOT NULL DEFAULT 'SCHEDULED', "cancellation_reason" text, "series_id" uuid, "current_agenda_item_id" uuid, "sample" boolean NOT NULL DEFAULT false, "minutes_status" "public"."minutes_status" NOT NULL DEFAULT 'DRAFT', "minutes_summary" text NOT NULL DEFAULT '', "minutes_version" integer NOT NULL DEFAULT '1', "minutes_edited_by_id" uuid, "minutes_published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_505a9ff3f8a8452cb9f252841a" ON "meetings"  ("starts_at") `);
    await queryRunner.query(`CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "commitment_id" uuid, "proposal_id" uuid, "presenter_id" uuid, "minutes_allotted" integer, "notes" text NOT NULL DEFAULT '', "notes_version" integer NOT NULL DEFAULT '1', "notes_edited_by_id" uuid, CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b643e16e925bd2314ff8975ed3" ON "agenda_items"  ("meeting_id", "position") `);
    await queryRunner.query(`CREATE TABLE "meeting_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0b1f30eb05f77cd5b817f7c7d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fef9ecaae955c88fb316a11a5f" ON "meeting_decisions"  ("meeting_id") `);
    await queryRunner.query(`CREATE TABLE "action_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "title" text NOT NULL, "assignee_id" uuid, "due_date" date NOT NULL, "commitment_id" uuid, "done_at" TIMESTAMP WITH TIME ZONE, "done_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8f5712e4d1a50ebf1589625702" ON "action_items"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c32e57a21bf512655de80e4457" ON "action_items"  ("assignee_id") `);
    await queryRunner.query(`CREATE TABLE "minutes_amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "body" text NOT NULL, "reason" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_831c59cb61ad2e5562ab48765b7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_932d17d5cbda4fcf96fa0c4179" ON "minutes_amendments"  ("meeting_id") `);
    await queryRunner.query(`CREATE TYPE "public"."rsvp_answer" AS ENUM('YES', 'NO', 'MAYBE')`);
    await queryRunner.query(`CREATE TABLE "meeting_rsvps" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answer" "public"."rsvp_answer" NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ffd8c1349bd4dd6d8f73e4ec058" PRIMARY KEY ("meeting_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "meeting_attendance" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5c4ef2540bd766389d942db746" PRIMARY KEY ("meeting_id", "user_id"))`);
    await queryRunner.query(`ALTER TABLE "thread_events" ADD "agenda_item_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'MEETING_RESCHEDULED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'MEETING_CANCELLED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'ACTION_ITEM_ASSIGNED'`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_787771c486bb460845310dfdaaa" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c978123415807be2f79007fb009" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_ed8f48b855f7af333dc93febd09" FOREIGN KEY ("presenter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_e5ac642bfd6e58697628e47eca7" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_8f5712e4d1a50ebf15896257021" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_c8540b19fb521baf526b94ad14e" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_c32e57a21bf512655de80e4457b" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_8eaa0a6fc77d1b401901b3ed576" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_amendments" ADD CONSTRAINT "FK_932d17d5cbda4fcf96fa0c41795" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_rsvps" ADD CONSTRAINT "FK_977d64892fd3fb7c59de27a209d" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_rsvps" ADD CONSTRAINT "FK_3a55be1edf18e6c8129350004f3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_58f3823e0aed0b1076074be7267" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_58f3823e0aed0b1076074be7267"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c"`);
    await queryRunner.query(`ALTER TABLE "meeting_rsvps" DROP CONSTRAINT "FK_3a55be1edf18e6c8129350004f3"`);
    await queryRunner.query(`ALTER TABLE "meeting_rsvps" DROP CONSTRAINT "FK_977d64892fd3fb7c59de27a209d"`);
    await queryRunner.query(`ALTER TABLE "minutes_amendments" DROP CONSTRAINT "FK_932d17d5cbda4fcf96fa0c41795"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_8eaa0a6fc77d1b401901b3ed576"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_c32e57a21bf512655de80e4457b"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_c8540b19fb521baf526b94ad14e"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_8f5712e4d1a50ebf15896257021"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_e5ac642bfd6e58697628e47eca7"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_ed8f48b855f7af333dc93febd09"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c978123415807be2f79007fb009"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_787771c486bb460845310dfdaaa"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('MENTION', 'FOLLOWED_UPDATE')`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`ALTER TABLE "thread_events" DROP COLUMN "agenda_item_id"`);
    await queryRunner.query(`DROP TABLE "meeting_attendance"`);
    await queryRunner.query(`DROP TABLE "meeting_rsvps"`);
    await queryRunner.query(`DROP TYPE "public"."rsvp_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_932d17d5cbda4fcf96fa0c4179"`);
    await queryRunner.query(`DROP TABLE "minutes_amendments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c32e57a21bf512655de80e4457"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f5712e4d1a50ebf1589625702"`);
    await queryRunner.query(`DROP TABLE "action_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fef9ecaae955c88fb316a11a5f"`);
    await queryRunner.query(`DROP TABLE "meeting_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b643e16e925bd2314ff8975ed3"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_505a9ff3f8a8452cb9f252841a"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TYPE "public"."minutes_status"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_status"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
  }
}
