import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { MailboxDirectory } from '../mailbox-directory.service';
import { automatedKind } from '../parsing/classify-mail';
import { dangerousContent } from '../parsing/dangerous-content';
import type { InboundMail } from '../parsing/inbound-mail';
import { headerMessageId } from '../parsing/message-key';
import { parseMail } from '../parsing/parse-mail';
import { referenceInSubject } from '../parsing/reference-token';
import type { Mailbox } from '../persistence/mailbox.entity';
import { Acknowledger } from '../outgoing/acknowledger.service';
import { MailStore } from '../store/mail-store.service';
import { IntakeOptions, IntakeResult, MailIntake } from './mail-intake.service';
import { isOutage } from './outage';
import { NewPersonMail, WindowFiling } from './window-filing.service';
import { SenderCitizens } from './sender-citizens.service';
import type { EmailHolder } from '@gru/citizens';

export interface ParsedWindow {
  readonly raws: readonly Buffer[];
  /** Each message, prepared, when it is a person's that the window may file. */
  readonly persons: readonly (NewPersonMail | null)[];
}

interface Planned {
  readonly raw: Buffer;
  /** Set for a new person's message that opens its own request: filed with its window. */
  readonly person: NewPersonMail | null;
}

/**
 * A window of raw messages (a sweep's new UIDs, a directory of files) with the outcomes one by one
 * would give, at a fraction of the cost: parsed concurrently, then every run of new persons'
 * messages is committed in one transaction (`WindowFiling`). What needs the one-by-one pipeline
 * goes through `MailIntake` in its place in the order: quarantine, bounces and auto-replies,
 * replies (a reference token, or headers naming a message of ours or of the window), messages
 * already known (duplicates, a crash to resume). A window that fails is filed one by one.
 */
@Injectable()
export class MailWindowIntake {
  private readonly logger = new Logger(MailWindowIntake.name);

  constructor(
    private readonly intake: MailIntake,
    private readonly filing: WindowFiling,
    private readonly store: MailStore,
    private readonly acknowledger: Acknowledger,
    private readonly mailboxes: MailboxDirectory,
    private readonly senders: SenderCitizens,
    private readonly config: AppConfig,
  ) {}

  async ingest(
    raws: readonly Buffer[],
    mailbox: Mailbox,
    options: IntakeOptions = {},
  ): Promise<IntakeResult[]> {
    return this.file(await this.parse(raws, options), mailbox, options);
  }

  /**
   * What reads nothing the previous window writes (parsing, sanitising, the antenna proposal, the
   * raw files): a sweep does it for its next window during this one's commit.
   */
  async parse(raws: readonly Buffer[], options: IntakeOptions = {}): Promise<ParsedWindow> {
    const parsed = await Promise.all(raws.map((raw) => this.personal(raw, options)));
    const persons = await this.filing.prepare(
      parsed.flatMap((mail, index) => (mail ? [{ raw: raws[index], mail }] : [])),
    );
    let next = 0;
    return { raws, persons: parsed.map((mail) => (mail ? persons[next++] : null)) };
  }

  async file(
    window: ParsedWindow,
    mailbox: Mailbox,
    options: IntakeOptions = {},
  ): Promise<IntakeResult[]> {
    const { raws, persons } = window;
    const candidates = persons.filter((candidate): candidate is NewPersonMail => !!candidate);
    // Who the senders are is read with the rest, for the first run: nothing filed before it.
    let holders: Promise<Map<string, EmailHolder[]>> | undefined = this.senders.holders(
      candidates.map((candidate) => candidate.mail.from),
    );
    holders.catch(() => undefined);
    const [known, threaded] = await Promise.all([
      this.store.existingKeys(candidates.map((candidate) => candidate.key)),
      this.store.threadedMessageIds(candidates.flatMap((candidate) => headerIds(candidate.mail))),
      holders,
    ]);
    const seenKeys = new Set<string>();
    const seenIds = new Set<string>();
    const plan: Planned[] = persons.map((candidate, index) => {
      const ids = candidate ? headerIds(candidate.mail) : [];
      const person =
        candidate &&
        !known.has(candidate.key) &&
        !seenKeys.has(candidate.key) &&
        !ids.some((id) => threaded.has(id) || seenIds.has(id))
          ? candidate
          : null;
      if (candidate) seenKeys.add(candidate.key);
      // A later reply to any message of the window waits for it to be filed (an auto-reply too).
      const messageId = candidate ? candidate.mail.messageId : headerMessageId(raws[index]);
      if (messageId) seenIds.add(messageId);
      return { raw: raws[index], person };
    });
    const results: IntakeResult[] = [];
    let run: NewPersonMail[] = [];
    const flush = async () => {
      if (run.length > 0) results.push(...(await this.fileRun(run, mailbox, options, holders)));
      run = [];
    };
    for (const item of plan) {
      if (item.person) {
        run.push(item.person);
        continue;
      }
      await flush();
      // It may create a citizen (and a run filed one): later runs read the senders again.
      holders = undefined;
      results.push(await this.intake.ingest(item.raw, mailbox, options));
    }
    await flush();
    return results;
  }

  /** Null unless it is a person's new message the window may file (checks as `MailIntake`'s). */
  private async personal(raw: Buffer, options: IntakeOptions): Promise<InboundMail | null> {
    if (!options.trusted && raw.length > this.config.values.mail.maxMessageBytes) return null;
    const mail = await parseMail(raw).catch(() => null);
    if (!mail || mail.headers.size === 0 || (!mail.from && !mail.messageId && !mail.rawDate))
      return null;
    if (
      !options.trusted &&
      mail.attachments.some((attachment) => dangerousContent(attachment.content))
    )
      return null;
    if (automatedKind(mail) || referenceInSubject(mail.subject)) return null;
    return mail;
  }

  private async fileRun(
    run: NewPersonMail[],
    mailbox: Mailbox,
    options: IntakeOptions,
    holders: Promise<Map<string, EmailHolder[]>> | undefined,
  ): Promise<IntakeResult[]> {
    const mails = run.map((item) => item.mail);
    // Counted by the loop guard while the window's transaction starts (it needs them last).
    const decided =
      options.acknowledge === false
        ? null
        : this.mailboxes.addresses().then((own) => this.acknowledger.decideMany(mails, own));
    decided?.catch(() => undefined);
    let results: IntakeResult[];
    try {
      results = await this.filing.file(
        run,
        mailbox,
        decided ?? 'skipped:import',
        holders,
        options.afterCommit,
      );
    } catch (error) {
      // Nothing was acknowledged: the loop guard must not count these twice. A failure to count
      // (Redis) is thrown as it is, the window rolled back.
      if (decided) await this.acknowledger.uncount(mails, await decided);
      if (isOutage(error)) throw error;
      // One message spoils the window (or another worker filed one meanwhile): one by one, each
      // gets its own outcome and the others are not lost.
      this.logger.warn(
        { mailbox: mailbox.id, messages: run.length, err: (error as Error).message },
        'mail window filed one by one',
      );
      const oneByOne: IntakeResult[] = [];
      for (const item of run) oneByOne.push(await this.intake.ingest(item.raw, mailbox, options));
      // The window's own raw files, unless a message filed since refers to one (dedup by checksum).
      await this.store
        .removeUnreferenced(run.map((item) => item.stored.key))
        .catch((error: Error) =>
          this.logger.warn({ mailbox: mailbox.id, err: error.message }, 'orphan raw files left'),
        );
      return oneByOne;
    }
    return results;
  }
}

/** The Message-IDs a message answers: a known one threads it. */
function headerIds(mail: InboundMail): string[] {
  return [mail.inReplyTo, ...mail.references].filter((id): id is string => !!id);
}
