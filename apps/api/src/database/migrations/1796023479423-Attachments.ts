import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents on plans, commitments, meetings and proposals; their bytes live in the document storage under `id`. */
export class Attachments1796023479423 implements MigrationInterface {
  name = 'Attachments1796023479423';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."attachment_subject_type" AS ENUM('PLAN', 'COMMITMENT', 'MEETING', 'PROPOSAL')`);
    await queryRunner.query(`CREATE TABLE "attachments" ("id" uuid NOT NULL, "subject_type" "public"."attachment_subject_type" NOT NULL, "subject_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "size" integer NOT NULL, "content_type" character varying(100) NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_attachments_subject" ON "attachments" ("subject_id", "created_at")`);
    await queryRunner.query(`ALTER TABLE "attachments" ADD CONSTRAINT "FK_70a38fc450d3b433c86b67e69d6" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_70a38fc450d3b433c86b67e69d6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachments_subject"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`DROP TYPE "public"."attachment_subject_type"`);
  }
}
