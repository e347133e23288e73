import { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshReuseWindow1796019599338 implements MigrationInterface {
  name = 'RefreshReuseWindow1796019599338';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "replaced_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_860225ddfe4588a6d26e31b0c21" FOREIGN KEY ("replaced_by_id") REFERENCES "refresh_tokens"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_860225ddfe4588a6d26e31b0c21"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "replaced_by_id"`);
  }
}
