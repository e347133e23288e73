import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationComment1796020334379 implements MigrationInterface {
  name = 'NotificationComment1796020334379';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "comment_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_e20313cbf1dacbb2abc5bd66d2" ON "notifications"  ("comment_id") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_e20313cbf1dacbb2abc5bd66d26" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Earlier mentions: a post wrote its comment and their notifications in one transaction, so with the same now().
    await queryRunner.query(`UPDATE "notifications" n SET "comment_id" = c."id" FROM "comments" c
      WHERE n."kind" = 'MENTION' AND n."subject_type" = c."subject_type" AND n."subject_id" = c."subject_id"
        AND n."actor_id" = c."author_id" AND n."user_id" = ANY(c."mentions") AND n."created_at" = c."created_at"`);
    await queryRunner.query(`UPDATE "notifications" n SET "excerpt" = '' FROM "comments" c WHERE n."comment_id" = c."id" AND c."hidden_at" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_e20313cbf1dacbb2abc5bd66d26"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e20313cbf1dacbb2abc5bd66d2"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "comment_id"`);
  }
}
