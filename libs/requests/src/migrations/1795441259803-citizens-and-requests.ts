import { MigrationInterface, QueryRunner } from 'typeorm';

// contact_channel is shared by citizens, requests and contacts: created once, dropped last.
export class CitizensAndRequests1795441259803 implements MigrationInterface {
  name = 'CitizensAndRequests1795441259803';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "antenna_closures" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "antenna_id" character varying(64) NOT NULL,
                "first_day" date NOT NULL,
                "last_day" date NOT NULL,
                "reason" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1de3a9351e52a9e814574839f72" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "antenna_closures_antenna_idx" ON "antenna_closures" ("antenna_id", "first_day")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."citizen_civility" AS ENUM('mme', 'm')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contact_channel" AS ENUM('phone', 'email', 'letter', 'visit', 'web')
        `);
    await queryRunner.query(`
            CREATE TABLE "citizens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "civility" "public"."citizen_civility",
                "first_name" character varying(100),
                "last_name" character varying(100),
                "name_key" character varying(220) NOT NULL DEFAULT '',
                "phones" text array NOT NULL DEFAULT '{}',
                "emails" text array NOT NULL DEFAULT '{}',
                "address_line" character varying(250),
                "postcode" character(5),
                "insee_code" character(5),
                "antenna_id" character varying(64),
                "preferred_channel" "public"."contact_channel",
                "contact_consent" boolean NOT NULL DEFAULT false,
                "consent_recorded_at" TIMESTAMP WITH TIME ZONE,
                "anonymised_at" TIMESTAMP WITH TIME ZONE,
                "merged_into_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_125518d98ee3b4cf52b8ab14a43" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "citizens_antenna_idx" ON "citizens" ("antenna_id")
        `);
    // Search and matching indexes TypeORM cannot describe (declared with synchronize: false).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "citizens_name_key_trgm_idx" ON "citizens" USING gin ("name_key" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "citizens_name_key_prefix_idx" ON "citizens" ("name_key" text_pattern_ops, "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "citizens_phones_idx" ON "citizens" USING gin ("phones")`,
    );
    await queryRunner.query(
      `CREATE INDEX "citizens_emails_idx" ON "citizens" USING gin ("emails")`,
    );
    await queryRunner.query(`
            CREATE TABLE "citizen_merges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "source_citizen_id" uuid NOT NULL,
                "target_citizen_id" uuid NOT NULL,
                "target_before" jsonb NOT NULL,
                "moved" jsonb NOT NULL,
                "merged_by_user_id" uuid,
                "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "reverted_at" TIMESTAMP WITH TIME ZONE,
                "reverted_by_user_id" uuid,
                CONSTRAINT "PK_ef7d51a2c5d7bbd75f1479ee336" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "citizen_merges_source_idx" ON "citizen_merges" ("source_citizen_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "citizen_merges_target_idx" ON "citizen_merges" ("target_citizen_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contact_direction" AS ENUM('inbound', 'outbound')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contact_outcome" AS ENUM(
                'answered_on_the_spot',
                'request_created',
                'transferred',
                'callback_scheduled',
                'abandoned',
                'out_of_hours',
                'answered',
                'pending'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "contacts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "citizen_id" uuid,
                "request_id" uuid,
                "channel" "public"."contact_channel" NOT NULL,
                "direction" "public"."contact_direction" NOT NULL DEFAULT 'inbound',
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "duration_seconds" integer,
                "antenna_id" character varying(64),
                "agent_user_id" uuid,
                "aid_scheme_slug" character varying(64),
                "reason_code" character varying(64),
                "outcome" "public"."contact_outcome" NOT NULL DEFAULT 'pending',
                "external_ref" character varying(256),
                "details" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "contacts_request_idx" ON "contacts" ("request_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contacts_external_ref_key" ON "contacts" ("channel", "external_ref")
            WHERE "external_ref" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "contacts_antenna_idx" ON "contacts" ("antenna_id", "started_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "contacts_citizen_idx" ON "contacts" ("citizen_id", "started_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "request_reference_counters" (
                "year" integer NOT NULL,
                "last_value" integer NOT NULL,
                CONSTRAINT "PK_453f1b07a600d133884adb19f9d" PRIMARY KEY ("year")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "request_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "request_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "type" character varying(40) NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "reason" text,
                CONSTRAINT "PK_bf9333ddb0c34f1533239fc9cb0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "request_events_request_idx" ON "request_events" ("request_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "request_notes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "author_user_id" uuid,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ce022f96b941f49e690706a1767" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "request_notes_request_idx" ON "request_notes" ("request_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."request_status" AS ENUM(
                'new',
                'qualified',
                'in_progress',
                'waiting_citizen',
                'resolved',
                'closed'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."request_priority" AS ENUM('low', 'normal', 'high', 'urgent')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."request_sla_state" AS ENUM('on_time', 'due_soon', 'overdue')
        `);
    await queryRunner.query(`
            CREATE TABLE "requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference" character varying(20) NOT NULL,
                "citizen_id" uuid NOT NULL,
                "subject" character varying(300) NOT NULL,
                "aid_scheme_slug" character varying(64),
                "channel" "public"."contact_channel" NOT NULL,
                "status" "public"."request_status" NOT NULL DEFAULT 'new',
                "priority" "public"."request_priority" NOT NULL DEFAULT 'normal',
                "antenna_id" character varying(64),
                "assignee_user_id" uuid,
                "team" character varying(32),
                "due_at" TIMESTAMP WITH TIME ZONE,
                "sla_state" "public"."request_sla_state" NOT NULL DEFAULT 'on_time',
                "created_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_0428f484e96f9e6a55955f29b5f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "requests_reference_key" ON "requests" ("reference")
        `);
    await queryRunner.query(`
            CREATE INDEX "requests_citizen_idx" ON "requests" ("citizen_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "requests_status_due_idx" ON "requests" ("status", "due_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "requests_assignee_status_idx" ON "requests" ("assignee_user_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "requests_antenna_status_idx" ON "requests" ("antenna_id", "status")
        `);
    await queryRunner.query(`
            ALTER TABLE "citizens"
            ADD CONSTRAINT "FK_8b8ff56a76e92306aac66993473" FOREIGN KEY ("merged_into_id") REFERENCES "citizens"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "citizen_merges"
            ADD CONSTRAINT "FK_2211cf86a76ecfdeda086e223c0" FOREIGN KEY ("source_citizen_id") REFERENCES "citizens"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "citizen_merges"
            ADD CONSTRAINT "FK_3fe891a7a745b0e816fe1a3ddbc" FOREIGN KEY ("target_citizen_id") REFERENCES "citizens"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "citizens_emails_idx"`);
    await queryRunner.query(`DROP INDEX "citizens_phones_idx"`);
    await queryRunner.query(`DROP INDEX "citizens_name_key_prefix_idx"`);
    await queryRunner.query(`DROP INDEX "citizens_name_key_trgm_idx"`);
    await queryRunner.query(`
            ALTER TABLE "citizen_merges" DROP CONSTRAINT "FK_3fe891a7a745b0e816fe1a3ddbc"
        `);
    await queryRunner.query(`
            ALTER TABLE "citizen_merges" DROP CONSTRAINT "FK_2211cf86a76ecfdeda086e223c0"
        `);
    await queryRunner.query(`
            ALTER TABLE "citizens" DROP CONSTRAINT "FK_8b8ff56a76e92306aac66993473"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."requests_antenna_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."requests_assignee_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."requests_status_due_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."requests_citizen_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."requests_reference_key"
        `);
    await queryRunner.query(`
            DROP TABLE "requests"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."request_sla_state"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."request_priority"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."request_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."request_notes_request_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "request_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."request_events_request_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "request_events"
        `);
    await queryRunner.query(`
            DROP TABLE "request_reference_counters"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contacts_citizen_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contacts_antenna_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contacts_external_ref_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contacts_request_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "contacts"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contact_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contact_direction"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."citizen_merges_target_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."citizen_merges_source_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "citizen_merges"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."citizens_antenna_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "citizens"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contact_channel"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."citizen_civility"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."antenna_closures_antenna_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "antenna_closures"
        `);
  }
}
