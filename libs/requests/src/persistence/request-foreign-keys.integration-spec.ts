import { buildDataSourceOptions, composeSchema } from '@gru/database';
import { REQUESTS_SCHEMA } from '../requests-schema';

/** The requests library's own tables are all this test reads. */
const SCHEMA = composeSchema([REQUESTS_SCHEMA]);
import { ContactChannel } from '@gru/citizens';
import { NotFoundException, PostgresErrorCode } from '@gru/errors';
import { createTestDatabase, TestDatabase } from '@gru/testing';
import { DataSource, MigrationInterface } from 'typeorm';
import { ContactLog } from '../contacts/contact-log.service';
import { Contact } from '../contacts/contact.entity';

const NOWHERE = '00000000-0000-4000-8000-000000000000';
const HISTORY = [
  'request_events',
  'request_notes',
  'request_messages',
  'request_attachments',
] as const;
type HistoryTable = (typeof HISTORY)[number];

/** One row of each history table for a request, with only the columns that have no default. */
const ROW: Record<HistoryTable, (requestId: string, n: number) => [string, unknown[]]> = {
  request_events: (requestId) => [
    `INSERT INTO request_events (request_id, type) VALUES ($1, 'created')`,
    [requestId],
  ],
  request_notes: (requestId) => [
    `INSERT INTO request_notes (request_id, body) VALUES ($1, 'Rappeler lundi')`,
    [requestId],
  ],
  request_messages: (requestId) => [
    `INSERT INTO request_messages (request_id, channel, recipient, subject, body) VALUES ($1, 'email', 'a@b.fr', 'Objet', 'Texte')`,
    [requestId],
  ],
  request_attachments: (requestId, n) => [
    `INSERT INTO request_attachments (request_id, file_name, media_type, size_bytes, sha256, storage_key) VALUES ($1, 'a.pdf', 'application/pdf', 1, $2, $3)`,
    [requestId, String(n).padStart(64, '0'), `test/${n}`],
  ],
};

describe('foreign keys from the requests tables to requests', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let counter = 0;

  const newRequest = async (): Promise<string> => {
    counter += 1;
    const [{ id }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO requests (reference, citizen_id, subject, channel) VALUES ($1, gen_random_uuid(), 'Aide au permis', 'email') RETURNING id`,
      [`HDF-2026-${String(counter).padStart(6, '0')}`],
    );
    return id;
  };
  const insert = (table: HistoryTable, requestId: string) =>
    dataSource.query(...ROW[table](requestId, (counter += 1)));
  const newContact = async (requestId: string | null): Promise<string> => {
    const [{ id }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO contacts (channel, started_at, request_id, details) VALUES ('phone', now(), $1, '{}') RETURNING id`,
      [requestId],
    );
    return id;
  };
  const contactRow = async (id: string) =>
    (
      await dataSource.query<{ request_id: string | null; details: Record<string, unknown> }[]>(
        `SELECT request_id, details FROM contacts WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, SCHEMA)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it.each(HISTORY)(
    'refuses a row of %s for a request that does not exist (23503)',
    async (table) => {
      await expect(insert(table, NOWHERE)).rejects.toMatchObject({
        driverError: { code: PostgresErrorCode.ForeignKeyViolation },
      });
    },
  );

  it('refuses a contact linked to a request that does not exist, and accepts one linked to none', async () => {
    await expect(newContact(NOWHERE)).rejects.toMatchObject({
      driverError: { code: PostgresErrorCode.ForeignKeyViolation },
    });
    await expect(newContact(null)).resolves.toEqual(expect.any(String));
  });

  it.each(HISTORY)(
    'refuses to delete a request that %s still hold (RESTRICT): history is never erased',
    async (table) => {
      const requestId = await newRequest();
      await insert(table, requestId);
      await expect(
        dataSource.query(`DELETE FROM requests WHERE id = $1`, [requestId]),
      ).rejects.toMatchObject({
        driverError: {
          code: PostgresErrorCode.ForeignKeyViolation,
          constraint: `${table}_request_fk`,
        },
      });
    },
  );

  it('answers a contact logged against an unknown request with not-found (404), not a 500', async () => {
    const log = new ContactLog(dataSource.getRepository(Contact));
    await expect(
      log.record({ channel: ContactChannel.Visit, requestId: NOWHERE }),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it('keeps the contacts of a deleted request, detached from it (SET NULL)', async () => {
    const requestId = await newRequest();
    const contactId = await newContact(requestId);
    await dataSource.query(`DELETE FROM requests WHERE id = $1`, [requestId]);
    expect(await contactRow(contactId)).toMatchObject({ request_id: null });
  });

  describe('the migration, on rows that already point nowhere', () => {
    const migration = (): MigrationInterface => {
      const found = (
        buildDataSourceOptions(database.url, SCHEMA).migrations as (new () => MigrationInterface)[]
      ).find((candidate) => candidate.name.startsWith('RequestForeignKeys'));
      if (!found) throw new Error('RequestForeignKeys migration not registered');
      return new found();
    };

    /** Like the migration CLI: the migration's own transaction, rolled back when it throws. */
    const inTransaction = async (
      work: (run: (step: 'up' | 'down') => Promise<void>) => Promise<void>,
    ) => {
      const runner = dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        await work((step) => migration()[step](runner));
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      } finally {
        await runner.release();
      }
    };

    it('detaches orphan contacts, keeping the lost id, and stops on orphan history naming the table', async () => {
      await inTransaction((run) => run('down'));
      const live = await newRequest();
      const linked = await newContact(live);
      const orphanContact = await newContact(NOWHERE);
      await insert('request_notes', NOWHERE);
      await insert('request_notes', NOWHERE);

      await expect(inTransaction((run) => run('up'))).rejects.toThrow(/request_notes: 2/);
      // Rolled back: the contact is untouched and the constraints are still absent.
      expect(await contactRow(orphanContact)).toMatchObject({ request_id: NOWHERE });

      await dataSource.query(`DELETE FROM request_notes WHERE request_id = $1`, [NOWHERE]);
      await inTransaction((run) => run('up'));
      expect(await contactRow(orphanContact)).toEqual({
        request_id: null,
        details: { detachedRequestId: NOWHERE },
      });
      expect(await contactRow(linked)).toEqual({ request_id: live, details: {} });
      await expect(insert('request_notes', NOWHERE)).rejects.toMatchObject({
        driverError: { code: PostgresErrorCode.ForeignKeyViolation },
      });
    });
  });
});
