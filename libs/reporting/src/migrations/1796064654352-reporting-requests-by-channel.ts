import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests' days without the scheme, filled from the existing days so no rebuild is needed. */
export class ReportingRequestsByChannel1796064654352 implements MigrationInterface {
  name = 'ReportingRequestsByChannel1796064654352';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_requests_daily_by_channel" ("day" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "opened" integer NOT NULL, "resolved" integer NOT NULL, "sla_met" integer NOT NULL, "sla_missed" integer NOT NULL, "callbacks_due" integer NOT NULL, "callbacks_kept" integer NOT NULL, CONSTRAINT "PK_628ad395d58db36c2120b6ff1ee" PRIMARY KEY ("day", "antenna_id", "channel"))`,
    );
    await queryRunner.query(
      `INSERT INTO "reporting_requests_daily_by_channel" (day, antenna_id, channel, opened, resolved, sla_met, sla_missed, callbacks_due, callbacks_kept) SELECT day, antenna_id, channel, SUM(opened), SUM(resolved), SUM(sla_met), SUM(sla_missed), SUM(callbacks_due), SUM(callbacks_kept) FROM "reporting_requests_daily" GROUP BY 2, 3, 1 ORDER BY 1, 2`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_requests_daily_by_channel"`);
  }
}
