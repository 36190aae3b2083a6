import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode, NotFoundException } from '@gru/errors';
import { IntakeResult, MailIntake } from '../ingestion/mail-intake.service';
import { MailboxDirectory } from '../mailbox-directory.service';
import { MailMessage, MailOutcome, MailState } from '../persistence/mail-message.entity';
import { MailStore } from '../store/mail-store.service';

/** What the pipeline would not take on its own, until an agent releases or discards it. */
@Injectable()
export class MailQuarantine {
  constructor(
    private readonly store: MailStore,
    private readonly intake: MailIntake,
    private readonly mailboxes: MailboxDirectory,
  ) {}

  list(): Promise<MailMessage[]> {
    return this.store.inState(MailState.Quarantined);
  }

  /** Runs the pipeline again without the size and attachment checks; unreadable stays quarantined. */
  async release(id: string): Promise<IntakeResult> {
    const message = await this.quarantined(id);
    if (!(await this.store.transition(id, MailState.Quarantined, { state: MailState.Pending })))
      throw this.notQuarantined(id);
    const raw = await this.store.readRaw(message.rawKey!);
    const mailbox = await this.mailboxes.get(message.mailboxId!);
    try {
      const result = await this.intake.ingest(raw, mailbox, { trusted: true });
      if (result.mailMessageId !== id) {
        // Parsing gave it another identity than the quarantine's (its Message-ID was unreadable):
        // the quarantined row is now the raw copy of the filed one.
        await this.store.update(id, {
          state: MailState.Released,
          reason: `Libéré : ${result.outcome}`,
        });
      } else if (result.outcome === 'quarantined') {
        throw new DomainException(
          ErrorCode.Conflict,
          'Ce message reste illisible : téléchargez-le ou écartez-le.',
          { id },
        );
      }
      return result;
    } catch (error) {
      await this.store.transition(id, MailState.Pending, { state: MailState.Quarantined });
      throw error;
    }
  }

  async discard(id: string, reason: string): Promise<MailMessage> {
    await this.quarantined(id);
    if (
      !(await this.store.transition(id, MailState.Quarantined, {
        state: MailState.Discarded,
        reason: `Écarté : ${reason}`.slice(0, 500),
      }))
    )
      throw this.notQuarantined(id);
    return (await this.store.get(id))!;
  }

  /** Only what the quarantine holds (or held): a filed message's raw is read from its request. */
  async raw(id: string): Promise<Buffer> {
    const message = await this.store.get(id);
    if (!message?.rawKey || message.outcome !== MailOutcome.Quarantined)
      throw new NotFoundException('mail-message', id);
    return this.store.readRaw(message.rawKey);
  }

  private async quarantined(id: string): Promise<MailMessage> {
    const message = await this.store.get(id);
    if (!message || !message.rawKey) throw new NotFoundException('mail-message', id);
    if (message.state !== MailState.Quarantined) throw this.notQuarantined(id);
    return message;
  }

  private notQuarantined(id: string): DomainException {
    return new DomainException(ErrorCode.Conflict, "Ce message n'est plus en quarantaine.", { id });
  }
}
