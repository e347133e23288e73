import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secretariat gets a kind of its own: as CIVIL_SOCIETY it counted in civil society's averages and attendance, was
 * offered co-sponsoring and listed as a CSO co-lead. The secretariat's organisation is the one of the ADMIN members.
 */
export class SecretariatKind1796200000100 implements MigrationInterface {
  name = 'SecretariatKind1796200000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."organization_kind" RENAME TO "organization_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('GOVERNMENT', 'CIVIL_SOCIETY', 'ACADEMIA', 'PRIVATE_SECTOR', 'MULTILATERAL', 'LEGISLATURE', 'JUDICIARY', 'SECRETARIAT')`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "kind" TYPE "public"."organization_kind" USING "kind"::text::"public"."organization_kind"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind_old"`);
    await queryRunner.query(
      `UPDATE "organizations" SET "kind" = 'SECRETARIAT' WHERE "kind" = 'CIVIL_SOCIETY' AND "id" IN (SELECT "organization_id" FROM "users" WHERE "role" = 'ADMIN' AND "organization_id" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "organizations" SET "kind" = 'CIVIL_SOCIETY' WHERE "kind" = 'SECRETARIAT'`);
    await queryRunner.query(`ALTER TYPE "public"."organization_kind" RENAME TO "organization_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('GOVERNMENT', 'CIVIL_SOCIETY', 'ACADEMIA', 'PRIVATE_SECTOR', 'MULTILATERAL', 'LEGISLATURE', 'JUDICIARY')`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "kind" TYPE "public"."organization_kind" USING "kind"::text::"public"."organization_kind"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind_old"`);
  }
}
