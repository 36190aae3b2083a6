import { MigrationInterface, QueryRunner } from 'typeorm';

/** An antenna's coded months without reading every antenna's rows of those months. */
export class ReportingContactsMonthlyCodedAntenna1796080367425 implements MigrationInterface {
  name = 'ReportingContactsMonthlyCodedAntenna1796080367425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "reporting_contacts_monthly_coded_antenna_idx" ON "reporting_contacts_monthly_coded" ("antenna_id", "month")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."reporting_contacts_monthly_coded_antenna_idx"`);
  }
}
