import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contacts' months by coding for the whole region, filled from the existing days so no rebuild is needed. */
export class ReportingContactsMonthlyCodedRegion1796077564662 implements MigrationInterface {
  name = 'ReportingContactsMonthlyCodedRegion1796077564662';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_contacts_monthly_coded_region" ("month" date NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "reason_code" character varying(64) NOT NULL, "outcome" character varying(32) NOT NULL, "contacts" integer NOT NULL, "duration_seconds" bigint NOT NULL, CONSTRAINT "PK_addb8d3c5437b2458cf5aee69f5" PRIMARY KEY ("month", "aid_scheme_slug", "reason_code", "outcome"))`,
    );
    await queryRunner.query(
      `INSERT INTO "reporting_contacts_monthly_coded_region" (month, aid_scheme_slug, reason_code, outcome, contacts, duration_seconds) SELECT date_trunc('month', day)::date, aid_scheme_slug, reason_code, outcome, SUM(contacts), SUM(duration_seconds) FROM "reporting_contacts_daily" GROUP BY 2, 3, 4, 1 ORDER BY 1, 2`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_contacts_monthly_coded_region"`);
  }
}
