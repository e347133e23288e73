import { MigrationInterface, QueryRunner } from 'typeorm';

/** Members who leave: the secretariat deactivates them; their account stays so that their name stays on what they wrote. */
export class MemberDeactivation1796310000000 implements MigrationInterface {
  name = 'MemberDeactivation1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deactivated_at"`);
  }
}
