import { MigrationInterface, QueryRunner } from 'typeorm';

export class RequestMessagesAndAttachments1795442180517 implements MigrationInterface {
  name = 'RequestMessagesAndAttachments1795442180517';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "request_attachments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "media_type" character varying(100) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "uploaded_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7eff3ce4a007da531c94a391dbd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "request_attachments_content_key" ON "request_attachments" ("request_id", "sha256")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."request_message_status" AS ENUM('queued', 'sent', 'not_delivered', 'failed')
        `);
    await queryRunner.query(`
            CREATE TABLE "request_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "channel" character varying(16) NOT NULL,
                "recipient" character varying(254) NOT NULL,
                "subject" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "status" "public"."request_message_status" NOT NULL DEFAULT 'queued',
                "author_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "failure_reason" character varying(500),
                CONSTRAINT "PK_2c46c29c5bd12025b30863202dc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "request_messages_request_idx" ON "request_messages" ("request_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."request_messages_request_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "request_messages"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."request_message_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."request_attachments_content_key"
        `);
    await queryRunner.query(`
            DROP TABLE "request_attachments"
        `);
  }
}
