import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingRollups1796047589588 implements MigrationInterface {
  name = 'ReportingRollups1796047589588';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_agent_hourly" ("hour" TIMESTAMP WITH TIME ZONE NOT NULL, "agent_user_id" uuid NOT NULL, "group_id" character varying(64) NOT NULL, "staffed_seconds" double precision NOT NULL, "calls_handled" integer NOT NULL, "phone_contacts" integer NOT NULL, "talk_seconds" double precision NOT NULL, "visits" integer NOT NULL, "visit_seconds" double precision NOT NULL, CONSTRAINT "PK_a9de8af115ca96edbbaf308816b" PRIMARY KEY ("hour", "agent_user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reporting_agent_hourly_group_idx" ON "reporting_agent_hourly"  ("group_id", "hour") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_backlog_daily" ("day" date NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "backlog" integer NOT NULL, CONSTRAINT "PK_990903febece3081487af289700" PRIMARY KEY ("day", "antenna_id", "channel", "aid_scheme_slug"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_contacts_hourly" ("hour" TIMESTAMP WITH TIME ZONE NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "direction" character varying(16) NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "reason_code" character varying(64) NOT NULL, "outcome" character varying(32) NOT NULL, "contacts" integer NOT NULL, "duration_seconds" bigint NOT NULL, CONSTRAINT "PK_3bde33121f97d3f5e6a749117dc" PRIMARY KEY ("hour", "antenna_id", "channel", "direction", "aid_scheme_slug", "reason_code", "outcome"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_monthly_reports" ("month" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "recipients" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_8959ee4b7f024a927e37d475785" PRIMARY KEY ("month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_requests_hourly" ("hour" TIMESTAMP WITH TIME ZONE NOT NULL, "antenna_id" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "aid_scheme_slug" character varying(64) NOT NULL, "opened" integer NOT NULL, "resolved" integer NOT NULL, "sla_met" integer NOT NULL, "sla_missed" integer NOT NULL, "callbacks_due" integer NOT NULL, "callbacks_kept" integer NOT NULL, CONSTRAINT "PK_7ec071614709c08841fa5fe4401" PRIMARY KEY ("hour", "antenna_id", "channel", "aid_scheme_slug"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_voice_hourly" ("hour" TIMESTAMP WITH TIME ZONE NOT NULL, "antenna_id" character varying(64) NOT NULL, "offered" integer NOT NULL, "answered" integer NOT NULL, "answered_within_20s" integer NOT NULL, "abandoned" integer NOT NULL, "abandon_wait_seconds" double precision NOT NULL, "callbacks" integer NOT NULL, "overflowed" integer NOT NULL, "own_answered" integer NOT NULL, "wait_seconds" double precision NOT NULL, CONSTRAINT "PK_084dfab632bf88e41b894223dfd" PRIMARY KEY ("hour", "antenna_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_voice_hourly"`);
    await queryRunner.query(`DROP TABLE "reporting_requests_hourly"`);
    await queryRunner.query(`DROP TABLE "reporting_monthly_reports"`);
    await queryRunner.query(`DROP TABLE "reporting_contacts_hourly"`);
    await queryRunner.query(`DROP TABLE "reporting_backlog_daily"`);
    await queryRunner.query(`DROP INDEX "public"."reporting_agent_hourly_group_idx"`);
    await queryRunner.query(`DROP TABLE "reporting_agent_hourly"`);
  }
}
