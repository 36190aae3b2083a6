import { MigrationInterface, QueryRunner } from 'typeorm';

/** Callbacks the citizen does not pick up get their own outcome instead of "abandoned". */
export class ContactOutcomeNoAnswer1795445000000 implements MigrationInterface {
  name = 'ContactOutcomeNoAnswer1795445000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."contact_outcome" ADD VALUE IF NOT EXISTS 'no_answer'`);
  }

  public async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; rows using it would have to be rewritten first.
  }
}
