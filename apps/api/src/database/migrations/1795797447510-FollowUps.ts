import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUps1795797447510 implements MigrationInterface {
  name = 'FollowUps1795797447510';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" ADD "schedule_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "action_item_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_fbc789da9227f975f6666974947" FOREIGN KEY ("action_item_id") REFERENCES "action_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_fbc789da9227f975f6666974947"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "action_item_id"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "schedule_version"`);
  }
}
