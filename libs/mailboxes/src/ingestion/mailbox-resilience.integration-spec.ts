import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Request } from '@gru/requests';
import { ImapConnector } from '../imap/imap-connector';
import type { ImapSession } from '../imap/imap-session';
import type { Mailbox } from '../persistence/mailbox.entity';
import { MailDelivery } from '../persistence/mail-delivery.entity';
import { MailMessage } from '../persistence/mail-message.entity';
import { GENERAL, MailTestContext, startMailTestContext } from '../testing/mail-test-context';
import { testMail } from '../testing/test-mail';
import { MailboxSweep } from './mailbox-sweep.service';

/** The real connector, whose sessions can be told to die right after our commit, before the move. */
@Injectable()
class InterruptibleConnector extends ImapConnector {
  static crashBeforeMove = false;
  /** Runs before each window is fetched: lets a test stop the server in the middle of a sweep. */
  static beforeFetch: (() => Promise<void>) | null = null;

  override async open(mailbox: Mailbox): Promise<ImapSession> {
    const session = await super.open(mailbox);
    const move = session.move.bind(session);
    session.move = async (uids, folder) => {
      if (InterruptibleConnector.crashBeforeMove)
        throw new Error('worker killed between commit and move');
      return move(uids, folder);
    };
    const sources = session.sources.bind(session);
    session.sources = async (uids) => {
      await InterruptibleConnector.beforeFetch?.();
      return sources(uids);
    };
    return session;
  }
}

let context: MailTestContext;
let sweep: MailboxSweep;

beforeAll(async () => {
  // Windows of 5 UIDs: a sweep of 25 messages is five fetches, five commits, five moves.
  context = await startMailTestContext({
    connector: InterruptibleConnector,
    settings: { MAIL_SWEEP_WINDOW: '5' },
  });
  sweep = context.app.get(MailboxSweep);
}, 60_000);
afterAll(() => context?.close());
afterEach(() => {
  InterruptibleConnector.crashBeforeMove = false;
  InterruptibleConnector.beforeFetch = null;
});

const requestCount = () => context.dataSource.getRepository(Request).count();
const deliveries = () => context.dataSource.getRepository(MailDelivery);

describe('exactly once through crashes, restarts and UIDVALIDITY changes', () => {
  it('neither duplicates nor loses a message when the worker dies between commit and move', async () => {
    await context.imap.deliver(GENERAL, testMail({ messageId: '<crash@usager.test>' }));
    const before = await requestCount();
    InterruptibleConnector.crashBeforeMove = true;
    await expect(sweep.sweep('general')).rejects.toThrow(/between commit and move/);
    expect(await requestCount()).toBe(before + 1);
    expect(await context.imap.list(GENERAL)).toHaveLength(1);

    InterruptibleConnector.crashBeforeMove = false;
    const report = await sweep.sweep('general');
    expect(report).toMatchObject({ created: 0, duplicate: 0, moved: 1 });
    expect(await requestCount()).toBe(before + 1);
    expect(await context.imap.list(GENERAL)).toEqual([]);
    const message = await context.dataSource
      .getRepository(MailMessage)
      .findOneByOrFail({ messageKey: 'id:<crash@usager.test>' });
    expect(await deliveries().findBy({ messageId: message.id })).toEqual([
      expect.objectContaining({ movedAt: expect.any(Date) }),
    ]);
  });

  it('backfills after the IMAP server restarts in the middle of a sweep', async () => {
    const total = 25;
    for (let index = 0; index < total; index += 1)
      await context.imap.deliver(
        GENERAL,
        testMail({ messageId: `<restart-${index}@usager.test>`, subject: `Demande ${index}` }),
      );
    const before = await requestCount();
    let fetched = 0;
    InterruptibleConnector.beforeFetch = async () => {
      fetched += 1;
      if (fetched === 3) await context.imap.stop();
    };
    await expect(sweep.sweep('general')).rejects.toThrow();
    InterruptibleConnector.beforeFetch = null;
    const committed = await requestCount();
    expect(committed).toBeGreaterThan(before);
    expect(committed).toBeLessThan(before + total);
    await context.imap.start();
    await sweep.sweep('general');
    expect(await requestCount()).toBe(before + total);
    expect(await context.imap.list(GENERAL)).toEqual([]);
    expect(await context.imap.list(GENERAL, 'Traites')).toHaveLength(total + 1);
  });

  it('recognises every message again after a UIDVALIDITY change', async () => {
    await context.imap.deliver(GENERAL, testMail({ messageId: '<uidv@usager.test>' }));
    await context.imap.deliver(GENERAL, testMail({ messageId: null, subject: 'Sans Message-ID' }));
    const before = await requestCount();
    InterruptibleConnector.crashBeforeMove = true;
    await expect(sweep.sweep('general')).rejects.toThrow();
    InterruptibleConnector.crashBeforeMove = false;
    // Both were committed, neither moved; then the server renumbers the folder.
    expect(await requestCount()).toBe(before + 2);
    await context.imap.resetUidValidity(GENERAL);
    const report = await sweep.sweep('general');
    expect(report).toMatchObject({ duplicate: 2, created: 0, moved: 2 });
    expect(await requestCount()).toBe(before + 2);
    expect(await context.imap.list(GENERAL)).toEqual([]);
    const validities = await deliveries()
      .createQueryBuilder('delivery')
      .select('DISTINCT delivery.uid_validity', 'v')
      .where("delivery.mailbox_id = 'general'")
      .getRawMany<{ v: string }>();
    expect(validities.length).toBeGreaterThanOrEqual(2);
  });

  it('files a window that fails one by one, losing nothing and leaving no orphan raw file', async () => {
    // Any statement writing more than one inbound message fails, as when another worker filed one
    // of the window's messages between its reads and its commit; the sequence counts the failures
    // (a sequence survives the rollback).
    await context.dataSource.query(`
      CREATE SEQUENCE window_failures;
      CREATE FUNCTION fail_windows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT count(*) FROM written WHERE direction = 'inbound') > 1 THEN
          PERFORM nextval('window_failures');
          RAISE EXCEPTION 'window refused by the test';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER fail_windows AFTER INSERT ON mail_messages
        REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION fail_windows();`);
    try {
      const before = await requestCount();
      for (let index = 0; index < 4; index += 1)
        await context.imap.deliver(
          GENERAL,
          testMail({ messageId: `<repli-${index}@usager.test>`, subject: `Repli ${index}` }),
        );
      const report = await sweep.sweep('general');
      expect(report).toMatchObject({ created: 4, moved: 4 });
      expect(await requestCount()).toBe(before + 4);
      const [{ failures }] = await context.dataSource.query<{ failures: string }[]>(
        'SELECT last_value AS failures FROM window_failures',
      );
      expect(Number(failures)).toBeGreaterThanOrEqual(1);
      // Every raw file left in the store is a message's: the failed window's copies are gone.
      const root = join(context.app.get(AppConfig).values.storage.directory, 'mail');
      const files = await readdir(root, { recursive: true, withFileTypes: true });
      const stored = files
        .filter((entry) => entry.isFile())
        .map((entry) => `mail/${join(entry.parentPath, entry.name).slice(root.length + 1)}`);
      const referenced = new Set(
        (
          await context.dataSource.query<{ raw_key: string }[]>(
            'SELECT raw_key FROM mail_messages WHERE raw_key IS NOT NULL',
          )
        ).map((row) => row.raw_key),
      );
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.filter((key) => !referenced.has(key))).toEqual([]);
    } finally {
      await context.dataSource.query(
        'DROP TRIGGER fail_windows ON mail_messages; DROP FUNCTION fail_windows(); DROP SEQUENCE window_failures',
      );
    }
  });
});
