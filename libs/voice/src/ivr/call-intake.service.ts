import { Injectable, Logger } from '@nestjs/common';
import { CitizenDirectory, CitizenMatcher, ContactChannel } from '@gru/citizens';
import { ContactLog, ContactOutcome, ContactReason, RequestWriter } from '@gru/requests';
import { CallContextStore } from './call-context.store';
import { CallQueuePort, WithdrawnCall } from './call-queue.port';

export interface KnownCaller {
  readonly citizenId: string;
  readonly antennaId: string;
}

/**
 * The database side of a call, always best effort: a PostgreSQL or Redis outage must never keep
 * a caller from reaching someone, so every method logs and carries on when its store is down.
 */
@Injectable()
export class CallIntake {
  private readonly logger = new Logger(CallIntake.name);

  constructor(
    private readonly contacts: ContactLog,
    private readonly matcher: CitizenMatcher,
    private readonly citizens: CitizenDirectory,
    private readonly requests: RequestWriter,
    private readonly queue: CallQueuePort,
    private readonly callContext: CallContextStore,
  ) {}

  /** Logs the call once per CallSid (Twilio retries the same webhook) and recognises the caller. */
  async arrival(callSid: string, from: string): Promise<KnownCaller | undefined> {
    return this.bestEffort('arrival', async () => {
      const candidates = from ? await this.matcher.candidates({ phone: from }) : [];
      const strong = candidates.filter((candidate) => candidate.strength === 'strong');
      const citizen = strong.length === 1 ? strong[0].citizen : undefined;
      await this.contacts.record({
        channel: ContactChannel.Phone,
        externalRef: callSid,
        citizenId: citizen?.id ?? null,
        outcome: ContactOutcome.Pending,
        details: { steps: ['ivr'] },
      });
      return citizen?.antennaId
        ? { citizenId: citizen.id, antennaId: citizen.antennaId }
        : undefined;
    });
  }

  async routed(
    callSid: string,
    antennaId: string | null,
    how: string,
    arrivedAt: Date,
  ): Promise<void> {
    await this.bestEffort('routed', () =>
      this.contacts.updateByExternalRef(ContactChannel.Phone, callSid, {
        antennaId,
        details: { routedBy: how },
      }),
    );
    await this.bestEffort('enqueue', () => this.queue.enqueue({ callSid, antennaId, arrivedAt }));
  }

  /**
   * A callback request (channel phone, due next working day) for the caller, attached to the
   * antenna: one per call, however many times Twilio posts the key press. The first post claims
   * the CallSid in Redis (atomic, so concurrent retries only answer); a claim lost with Redis is
   * covered by the request already on the call's contact.
   */
  async scheduleCallback(callSid: string, from: string, outcome: ContactOutcome): Promise<boolean> {
    const claimed = callSid ? await this.callContext.claimCallback(callSid) : undefined;
    if (claimed === false) return true;
    const created = await this.bestEffort('callback', async () => {
      const contact = await this.contacts.findByExternalRef(ContactChannel.Phone, callSid);
      if (contact?.requestId && contact.reasonCode === ContactReason.Callback) return true;
      let citizenId = contact?.citizenId ?? null;
      if (!citizenId) {
        const citizen = await this.citizens.create({ phones: from ? [from] : [] });
        citizenId = citizen.id;
      }
      const request = await this.requests.create(
        {
          citizenId,
          channel: ContactChannel.Phone,
          subject: 'Rappel demandé depuis le numéro vert',
          antennaId: contact?.antennaId ?? undefined,
        },
        null,
      );
      await this.contacts.updateByExternalRef(ContactChannel.Phone, callSid, {
        citizenId,
        requestId: request.id,
        outcome,
        reasonCode: ContactReason.Callback,
      });
      return true;
    });
    if (created !== true && claimed) await this.callContext.releaseCallback(callSid);
    const left = await this.bestEffort('withdraw', () => this.queue.withdraw(callSid, 'callback'));
    if (left) await this.recordStep(callSid, left);
    return created === true;
  }

  async ended(callSid: string, status: string, durationSeconds: number | undefined): Promise<void> {
    await this.bestEffort('ended', async () => {
      const contact = await this.contacts.findByExternalRef(ContactChannel.Phone, callSid);
      if (!contact) return;
      // Answered and callback outcomes come from routing and the IVR; a call still pending here hung up.
      const outcome =
        contact.outcome === ContactOutcome.Pending ? ContactOutcome.Abandoned : contact.outcome;
      // The step reached is the routing's: recorded for unanswered calls too, or their overflow
      // would go uncounted (answered ones get it from the routing at the answer).
      const left =
        outcome === ContactOutcome.Abandoned
          ? await this.bestEffort('withdraw', () => this.queue.withdraw(callSid, 'abandoned'))
          : undefined;
      await this.contacts.updateByExternalRef(ContactChannel.Phone, callSid, {
        outcome,
        endedAt: new Date(),
        durationSeconds: durationSeconds ?? null,
        details: { finalStatus: status, ...(left ? { step: left.step } : {}) },
      });
    });
  }

  /** A callback taken from the queue: the routing step it had reached, for the overflow figures. */
  private async recordStep(callSid: string, left: WithdrawnCall): Promise<void> {
    await this.bestEffort('step', () =>
      this.contacts.updateByExternalRef(ContactChannel.Phone, callSid, {
        details: { step: left.step },
      }),
    );
  }

  async markOutcome(callSid: string, outcome: ContactOutcome): Promise<void> {
    await this.bestEffort('outcome', () =>
      this.contacts.updateByExternalRef(ContactChannel.Phone, callSid, { outcome }),
    );
  }

  private async bestEffort<T>(step: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      this.logger.error(
        { step, err: (error as Error).message },
        'call intake step failed; the caller is served anyway',
      );
      return undefined;
    }
  }
}
