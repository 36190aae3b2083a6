import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contacts' months by coding, filled from the existing days so no rebuild is needed. */
export class ReportingContactsMonthlyCoded1796071559088 implements MigrationInterface {
  name = 'ReportingContactsMonthlyCoded1796071559088';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_contacts_monthly_coded" ("month" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "reason_code" character varying(64) NOT NULL, "outcome" character varying(32) NOT NULL, "contacts" integer NOT NULL, "duration_seconds" bigint NOT NULL, CONSTRAINT "PK_78556aa35cc1bdd9134ee6c7f50" PRIMARY KEY ("month", "antenna_id", "aid_scheme_slug", "reason_code", "outcome"))`,
    );
    await queryRunner.query(
      `INSERT INTO "reporting_contacts_monthly_coded" (month, antenna_id, aid_scheme_slug, reason_code, outcome, contacts, duration_seconds) SELECT date_trunc('month', day)::date, antenna_id, aid_scheme_slug, reason_code, outcome, SUM(contacts), SUM(duration_seconds) FROM "reporting_contacts_daily" GROUP BY 2, 3, 4, 5, 1 ORDER BY 1, 2`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_contacts_monthly_coded"`);
  }
}
