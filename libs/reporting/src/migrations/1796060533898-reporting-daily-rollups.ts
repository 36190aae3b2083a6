import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingDailyRollups1796060533898 implements MigrationInterface {
  name = 'ReportingDailyRollups1796060533898';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_agent_daily" ("day" date NOT NULL, "agent_user_id" uuid NOT NULL, "group_id" character varying(64) NOT NULL, "staffed_seconds" double precision NOT NULL, "calls_handled" integer NOT NULL, "phone_contacts" integer NOT NULL, "talk_seconds" double precision NOT NULL, "visits" integer NOT NULL, "visit_seconds" double precision NOT NULL, CONSTRAINT "PK_d9580b16aa6f9870afaa30a9186" PRIMARY KEY ("day", "agent_user_id", "group_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reporting_agent_daily_group_idx" ON "reporting_agent_daily"  ("group_id", "day") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_contacts_daily" ("day" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "direction" character varying(16) NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "reason_code" character varying(64) NOT NULL, "outcome" character varying(32) NOT NULL, "contacts" integer NOT NULL, "duration_seconds" bigint NOT NULL, CONSTRAINT "PK_ec5a5b9b89dbe396db69c0cf3ab" PRIMARY KEY ("day", "antenna_id", "channel", "direction", "aid_scheme_slug", "reason_code", "outcome"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reporting_contacts_daily_antenna_idx" ON "reporting_contacts_daily"  ("antenna_id", "day") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_contacts_monthly" ("month" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "direction" character varying(16) NOT NULL, "contacts" integer NOT NULL, "duration_seconds" bigint NOT NULL, CONSTRAINT "PK_d66bcc2adc688a577ac82a1a96f" PRIMARY KEY ("month", "antenna_id", "channel", "direction"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_requests_daily" ("day" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "opened" integer NOT NULL, "resolved" integer NOT NULL, "sla_met" integer NOT NULL, "sla_missed" integer NOT NULL, "callbacks_due" integer NOT NULL, "callbacks_kept" integer NOT NULL, CONSTRAINT "PK_5c439dacb65dbe646c912836bba" PRIMARY KEY ("day", "antenna_id", "channel", "aid_scheme_slug"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_requests_monthly" ("month" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "opened" integer NOT NULL, "resolved" integer NOT NULL, "sla_met" integer NOT NULL, "sla_missed" integer NOT NULL, "callbacks_due" integer NOT NULL, "callbacks_kept" integer NOT NULL, CONSTRAINT "PK_5d46cd57e83e3aee37ede96b4c2" PRIMARY KEY ("month", "antenna_id", "channel", "aid_scheme_slug"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_voice_daily" ("day" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "offered" integer NOT NULL, "answered" integer NOT NULL, "answered_within_20s" integer NOT NULL, "abandoned" integer NOT NULL, "abandon_wait_seconds" double precision NOT NULL, "callbacks" integer NOT NULL, "overflowed" integer NOT NULL, "own_answered" integer NOT NULL, "wait_seconds" double precision NOT NULL, CONSTRAINT "PK_5dacfe13cdc60835dc2153bf40e" PRIMARY KEY ("day", "antenna_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reporting_contacts_hourly_channel_idx" ON "reporting_contacts_hourly"  ("channel", "hour") `,
    );
    // Days already rolled up hourly get their daily and monthly rows (a deployment needs no rebuild).
    for (const [daily, hourly, keys, sums] of [
      [
        'reporting_contacts_daily',
        'reporting_contacts_hourly',
        'antenna_id, channel, direction, aid_scheme_slug, reason_code, outcome',
        'contacts, duration_seconds',
      ],
      [
        'reporting_requests_daily',
        'reporting_requests_hourly',
        'antenna_id, channel, aid_scheme_slug',
        'opened, resolved, sla_met, sla_missed, callbacks_due, callbacks_kept',
      ],
      [
        'reporting_voice_daily',
        'reporting_voice_hourly',
        'antenna_id',
        'offered, answered, answered_within_20s, abandoned, abandon_wait_seconds, callbacks, overflowed, own_answered, wait_seconds',
      ],
      [
        'reporting_agent_daily',
        'reporting_agent_hourly',
        'agent_user_id, group_id',
        'staffed_seconds, calls_handled, phone_contacts, talk_seconds, visits, visit_seconds',
      ],
    ]) {
      const summed = sums
        .split(', ')
        .map((name) => `SUM(${name})`)
        .join(', ');
      await queryRunner.query(
        `INSERT INTO "${daily}" (day, ${keys}, ${sums}) SELECT (hour AT TIME ZONE 'Europe/Paris')::date, ${keys}, ${summed} FROM "${hourly}" GROUP BY ${keys}, 1 ORDER BY 2, 1`,
      );
    }
    await queryRunner.query(
      `INSERT INTO "reporting_contacts_monthly" (month, antenna_id, channel, direction, contacts, duration_seconds) SELECT date_trunc('month', day)::date, antenna_id, channel, direction, SUM(contacts), SUM(duration_seconds) FROM "reporting_contacts_daily" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
    );
    await queryRunner.query(
      `INSERT INTO "reporting_requests_monthly" (month, antenna_id, channel, aid_scheme_slug, opened, resolved, sla_met, sla_missed, callbacks_due, callbacks_kept) SELECT date_trunc('month', day)::date, antenna_id, channel, aid_scheme_slug, SUM(opened), SUM(resolved), SUM(sla_met), SUM(sla_missed), SUM(callbacks_due), SUM(callbacks_kept) FROM "reporting_requests_daily" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."reporting_contacts_hourly_channel_idx"`);
    await queryRunner.query(`DROP TABLE "reporting_voice_daily"`);
    await queryRunner.query(`DROP TABLE "reporting_requests_monthly"`);
    await queryRunner.query(`DROP TABLE "reporting_requests_daily"`);
    await queryRunner.query(`DROP TABLE "reporting_contacts_monthly"`);
    await queryRunner.query(`DROP INDEX "public"."reporting_contacts_daily_antenna_idx"`);
    await queryRunner.query(`DROP TABLE "reporting_contacts_daily"`);
    await queryRunner.query(`DROP INDEX "public"."reporting_agent_daily_group_idx"`);
    await queryRunner.query(`DROP TABLE "reporting_agent_daily"`);
  }
}
