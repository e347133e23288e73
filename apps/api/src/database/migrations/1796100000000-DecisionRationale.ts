import { MigrationInterface, QueryRunner } from 'typeorm';

/** A decided proposal always carries its reasoned response (OGP 4.1), enforced by the database as well as the api. */
export class DecisionRationale1796100000000 implements MigrationInterface {
  name = 'DecisionRationale1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "CHK_proposal_decision_has_rationale" CHECK (status NOT IN ('SELECTED', 'MERGED', 'PARKED', 'DECLINED') OR (rationale IS NOT NULL AND length(trim(rationale)) > 0))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "CHK_proposal_decision_has_rationale"`);
  }
}
