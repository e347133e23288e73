import { MigrationInterface, QueryRunner } from 'typeorm';

/** The forum's basic rules (OGP 1.1): the current text per language and every saved version. */
export class ForumRules1796101100000 implements MigrationInterface {
  name = 'ForumRules1796101100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."forum_rules_locale" AS ENUM('en', 'ko')`);
    await queryRunner.query(`CREATE TABLE "forum_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "locale" "public"."forum_rules_locale" NOT NULL, "text" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '0', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seeded" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_8444fb86d57ca91771de305be9d" UNIQUE ("locale"), CONSTRAINT "PK_560f52c366db0530d0cb2aa8de6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "forum_rules_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rules_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seeded" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_ca190acfa3aed96fb8fd6a74015" UNIQUE ("rules_id", "version"), CONSTRAINT "PK_a7980da5c4a83231cf8e40481ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "forum_rules" ADD CONSTRAINT "FK_14e60755d012d1f6af259d5f236" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forum_rules_versions" ADD CONSTRAINT "FK_64ce0870bb3cadc1adeea91854c" FOREIGN KEY ("rules_id") REFERENCES "forum_rules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forum_rules_versions" ADD CONSTRAINT "FK_67bf667197c518f27a0b969a3a2" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forum_rules_versions" DROP CONSTRAINT "FK_67bf667197c518f27a0b969a3a2"`);
    await queryRunner.query(`ALTER TABLE "forum_rules_versions" DROP CONSTRAINT "FK_64ce0870bb3cadc1adeea91854c"`);
    await queryRunner.query(`ALTER TABLE "forum_rules" DROP CONSTRAINT "FK_14e60755d012d1f6af259d5f236"`);
    await queryRunner.query(`DROP TABLE "forum_rules_versions"`);
    await queryRunner.query(`DROP TABLE "forum_rules"`);
    await queryRunner.query(`DROP TYPE "public"."forum_rules_locale"`);
  }
}
