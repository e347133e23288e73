import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizens' sign-ups waiting for their e-mail to be confirmed (members/sign-up.entity.ts), and whether a member chose
 * their language themself (users.locale_chosen: the web app follows it after sign-in only then).
 */
export class SignUps1796300000000 implements MigrationInterface {
  name = 'SignUps1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "display_name" character varying NOT NULL, "locale" "public"."user_locale" NOT NULL DEFAULT 'en', "password_hash" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_sign_ups_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sign_ups_email" ON "sign_ups" ("email")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_sign_ups_token_hash" ON "sign_ups" ("token_hash")`);
    await queryRunner.query(`ALTER TABLE "users" ADD "locale_chosen" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale_chosen"`);
    await queryRunner.query(`DROP TABLE "sign_ups"`);
  }
}
