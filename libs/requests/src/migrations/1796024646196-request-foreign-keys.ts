import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foreign keys from the requests library's own tables to `requests`. Every `request_id` column is
 * already the leading column of an index (request_events_request_idx, request_notes_request_idx,
 * request_messages_request_idx, request_attachments_content_key, contacts_request_idx): no new index.
 *
 * ON DELETE, per table. Requests are never deleted: RGPD anonymisation rewrites their free text and
 * keeps the rows that statistics count (`RequestsCitizenParticipant.anonymise`, `CitizenRetention`).
 * - request_events, request_notes, request_messages: RESTRICT. They are the request's history; a
 *   DELETE of a request is a mistake that must fail loudly, not erase its trail in a cascade.
 * - request_attachments: RESTRICT as well. Anonymisation deletes attachment rows (and files) itself,
 *   before any request would go; a cascade would leave the files behind in the store.
 * - contacts: SET NULL. A contact is a counted interaction in its own right and exists without a
 *   request (the column is nullable); losing its request must not lose the contact.
 *
 * Rows already pointing nowhere (none can through the application, only through hand-made DELETEs):
 * - contacts: detached the way SET NULL would have done, the lost id kept in `details`
 *   (`detachedRequestId`) so nothing disappears silently.
 * - the four history tables: the migration stops, naming the table and the number of rows; an
 *   operator restores the missing requests or removes the rows, then runs it again. The migration
 *   runs in its own transaction, so a stop leaves the schema and the contacts as they were.
 */
export class RequestForeignKeys1796024646196 implements MigrationInterface {
  name = 'RequestForeignKeys1796024646196';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            UPDATE "contacts" c
               SET "details" = c."details" || jsonb_build_object('detachedRequestId', c."request_id"),
                   "request_id" = NULL
             WHERE c."request_id" IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM "requests" r WHERE r."id" = c."request_id")
        `);
    const orphans: string[] = [];
    for (const table of [
      'request_events',
      'request_notes',
      'request_messages',
      'request_attachments',
    ]) {
      const [{ count }] = (await queryRunner.query(
        `SELECT count(*)::int AS count FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM "requests" r WHERE r."id" = t."request_id")`,
      )) as { count: number }[];
      if (count > 0) orphans.push(`${table}: ${count}`);
    }
    if (orphans.length > 0) {
      throw new Error(
        `RequestForeignKeys: rows whose request_id matches no request (${orphans.join(', ')}). ` +
          'Restore the missing requests or remove these rows (SELECT * FROM <table> t WHERE NOT EXISTS ' +
          '(SELECT 1 FROM requests r WHERE r.id = t.request_id)), then migrate again.',
      );
    }
    await queryRunner.query(`
            ALTER TABLE "contacts"
            ADD CONSTRAINT "contacts_request_fk" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "request_events"
            ADD CONSTRAINT "request_events_request_fk" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "request_notes"
            ADD CONSTRAINT "request_notes_request_fk" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "request_attachments"
            ADD CONSTRAINT "request_attachments_request_fk" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "request_messages"
            ADD CONSTRAINT "request_messages_request_fk" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  /** Contacts detached by `up` stay detached (their lost id remains in `details`). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request_messages" DROP CONSTRAINT "request_messages_request_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "request_attachments" DROP CONSTRAINT "request_attachments_request_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "request_notes" DROP CONSTRAINT "request_notes_request_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "request_events" DROP CONSTRAINT "request_events_request_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "contacts" DROP CONSTRAINT "contacts_request_fk"`);
  }
}
