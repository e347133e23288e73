import { MigrationInterface, QueryRunner } from 'typeorm';

/** The record of an open-data archive imported into an empty installation (npm run import). */
export class DataImports1796101200000 implements MigrationInterface {
  name = 'DataImports1796101200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "data_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "archive_sha256" character(64) NOT NULL, "row_counts" jsonb NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_170aea53191b5c89deebf7dec39" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_imports"`);
  }
}
