import { MigrationInterface, QueryRunner } from 'typeorm';

export class Discussion1795786678145 implements MigrationInterface {
  name = 'Discussion1795786678145';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."subject_type" AS ENUM('COMMITMENT', 'PROPOSAL', 'MEETING', 'AGENDA_ITEM', 'DRAFT_SECTION', 'IRM_RECOMMENDATION')`);
    await queryRunner.query(`CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" "public"."subject_type" NOT NULL, "subject_id" uuid NOT NULL, "seq" integer NOT NULL, "parent_id" uuid, "author_id" uuid, "body" text NOT NULL, "mentions" uuid array NOT NULL DEFAULT '{}', "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by_id" uuid, CONSTRAINT "UQ_1f2132b78138386d9f2a489e0e1" UNIQUE ("author_id", "idempotency_key"), CONSTRAINT "UQ_0eccfeedd8c61e982cf5fd3bb07" UNIQUE ("subject_type", "subject_id", "seq"), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e6d38899c31997c45d128a8973" ON "comments"  ("author_id") `);
    await queryRunner.query(`CREATE TABLE "comment_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "body" text NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bc0332e55296986d300413ff053" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4eecc11a07ab668994e90b29e2" ON "comment_revisions"  ("comment_id") `);
    await queryRunner.query(`CREATE TABLE "thread_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" "public"."subject_type" NOT NULL, "subject_id" uuid NOT NULL, "seq" integer NOT NULL, "type" text NOT NULL, "comment_id" uuid, "progress_update_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e2e602e017c3b8f7a4313b4b7e5" UNIQUE ("subject_type", "subject_id", "seq"), CONSTRAINT "PK_dfc179cc7020eaf23f075d2a0a6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "subject_sequences" ("subject_type" "public"."subject_type" NOT NULL, "subject_id" uuid NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_11b06965618244180d4cca3fe67" PRIMARY KEY ("subject_type", "subject_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('MENTION', 'FOLLOWED_UPDATE')`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "subject_type" "public"."subject_type" NOT NULL, "subject_id" uuid NOT NULL, "actor_id" uuid, "excerpt" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_310667f935698fcd8cb319113a" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "follows" ("user_id" uuid NOT NULL, "subject_type" "public"."subject_type" NOT NULL, "subject_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eddbb52af41c965c29acdc69038" PRIMARY KEY ("user_id", "subject_type", "subject_id"))`);
    await queryRunner.query(`ALTER TABLE "progress_updates" ADD "milestone_changes" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_d6f93329801a93536da4241e386" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comment_revisions" ADD CONSTRAINT "FK_4eecc11a07ab668994e90b29e2e" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_events" ADD CONSTRAINT "FK_464c8a9129f49fbd7d07aaab029" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_events" ADD CONSTRAINT "FK_a96b7f9dceea778c977fd0f9843" FOREIGN KEY ("progress_update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_941d172275662c2b9d8b9f4270c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Progress reported before threads existed becomes the start of each commitment's thread, in the order it was posted.
    await queryRunner.query(`INSERT INTO thread_events (subject_type, subject_id, seq, type, progress_update_id, created_at)
      SELECT 'COMMITMENT', commitment_id, row_number() OVER (PARTITION BY commitment_id ORDER BY posted_at, id), 'update:posted', id, posted_at
      FROM progress_updates`);
    await queryRunner.query(`INSERT INTO subject_sequences (subject_type, subject_id, last_seq)
      SELECT 'COMMITMENT', commitment_id, count(*) FROM progress_updates GROUP BY commitment_id`);
    // Where @socket.io/postgres-adapter parks payloads too large for NOTIFY.
    await queryRunner.query(`CREATE TABLE socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT now(), payload bytea)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE socket_io_attachments`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_941d172275662c2b9d8b9f4270c"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`ALTER TABLE "thread_events" DROP CONSTRAINT "FK_a96b7f9dceea778c977fd0f9843"`);
    await queryRunner.query(`ALTER TABLE "thread_events" DROP CONSTRAINT "FK_464c8a9129f49fbd7d07aaab029"`);
    await queryRunner.query(`ALTER TABLE "comment_revisions" DROP CONSTRAINT "FK_4eecc11a07ab668994e90b29e2e"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_d6f93329801a93536da4241e386"`);
    await queryRunner.query(`ALTER TABLE "progress_updates" DROP COLUMN "milestone_changes"`);
    await queryRunner.query(`DROP TABLE "follows"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_310667f935698fcd8cb319113a"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP TABLE "subject_sequences"`);
    await queryRunner.query(`DROP TABLE "thread_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4eecc11a07ab668994e90b29e2"`);
    await queryRunner.query(`DROP TABLE "comment_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6d38899c31997c45d128a8973"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP TYPE "public"."subject_type"`);
  }
}
