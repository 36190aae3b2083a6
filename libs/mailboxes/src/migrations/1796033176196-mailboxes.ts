import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mailboxes1796033176196 implements MigrationInterface {
  name = 'Mailboxes1796033176196';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mail_direction" AS ENUM('inbound', 'outbound')`);
    await queryRunner.query(
      `CREATE TYPE "public"."mail_state" AS ENUM('pending', 'filed', 'quarantined', 'released', 'discarded', 'queued', 'sent', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."mail_outcome" AS ENUM('created', 'threaded', 'ignored', 'quarantined')`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_key" character varying(1000) NOT NULL, "direction" "public"."mail_direction" NOT NULL, "state" "public"."mail_state" NOT NULL, "outcome" "public"."mail_outcome", "reason" character varying(500), "mailbox_id" character varying(64), "request_id" uuid, "contact_id" uuid, "from_address" character varying(320), "from_name" character varying(300), "to_addresses" text array NOT NULL DEFAULT '{}', "subject" text NOT NULL DEFAULT '', "sent_at" TIMESTAMP WITH TIME ZONE, "in_reply_to" character varying(1000), "references" text array NOT NULL DEFAULT '{}', "text_body" text NOT NULL DEFAULT '', "html_body" text, "attachments" jsonb NOT NULL DEFAULT '[]', "raw_key" character varying(200), "raw_sha256" character(64), "raw_size" integer, "acknowledgement" character varying(64), "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mail_messages_message_key_key" ON "mail_messages"  ("message_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_messages_raw_sha256_idx" ON "mail_messages"  ("raw_sha256") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_messages_state_idx" ON "mail_messages"  ("state", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_messages_request_idx" ON "mail_messages"  ("request_id", "sent_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mailboxes" ("id" character varying(64) NOT NULL, "address" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "aid_scheme_slug" character varying(64), "imap_host" character varying(255) NOT NULL, "imap_port" integer NOT NULL, "imap_tls" boolean NOT NULL, "imap_user" character varying(320) NOT NULL, "password_env" character varying(128) NOT NULL, "folders" text array NOT NULL DEFAULT '{INBOX}', "processed_folder" character varying(255) NOT NULL, "smtp_from" character varying(400) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1471bf7ef6d7f1279fbbdf89a1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mailbox_id" character varying(64) NOT NULL, "folder" character varying(255) NOT NULL, "uid_validity" bigint NOT NULL, "uid" bigint NOT NULL, "message_id" uuid NOT NULL, "duplicate" boolean NOT NULL DEFAULT false, "moved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3b04f863547fccfd11b4d4b11e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_deliveries_message_idx" ON "mail_deliveries"  ("message_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mail_deliveries_uid_key" ON "mail_deliveries"  ("mailbox_id", "folder", "uid_validity", "uid") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_mailbox_fk" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_message_fk" FOREIGN KEY ("message_id") REFERENCES "mail_messages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mail_deliveries" DROP CONSTRAINT "mail_deliveries_message_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_deliveries" DROP CONSTRAINT "mail_deliveries_mailbox_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."mail_deliveries_uid_key"`);
    await queryRunner.query(`DROP INDEX "public"."mail_deliveries_message_idx"`);
    await queryRunner.query(`DROP TABLE "mail_deliveries"`);
    await queryRunner.query(`DROP TABLE "mailboxes"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_request_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_state_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_raw_sha256_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_message_key_key"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
    await queryRunner.query(`DROP TYPE "public"."mail_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."mail_state"`);
    await queryRunner.query(`DROP TYPE "public"."mail_direction"`);
  }
}
