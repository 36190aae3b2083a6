import { Injectable, Logger } from '@nestjs/common';
import { CallDispatcher } from '@gru/call-routing';
import { ContactChannel } from '@gru/citizens';
import { ContactLog, ContactOutcome } from '@gru/requests';
import { VoiceAgents } from '../agents/voice-agents.service';
import { CallContextStore } from '../ivr/call-context.store';
import { CallTarget } from '../ivr/call-target';
import { IvrTwiml } from '../ivr/ivr-twiml';
import { TerritoryService } from '@gru/territory';

const CONNECTED = new Set(['completed', 'answered']);

/**
 * The caller's side once the routing engine has offered the call: dial the agent's device, record
 * the answer, and on no answer put the caller back in the queue (with their original arrival).
 */
@Injectable()
export class AgentConnection {
  private readonly logger = new Logger(AgentConnection.name);

  constructor(
    private readonly dispatcher: CallDispatcher,
    private readonly agents: VoiceAgents,
    private readonly twiml: IvrTwiml,
    private readonly context: CallContextStore,
    private readonly contacts: ContactLog,
    private readonly territory: TerritoryService,
  ) {}

  async dialAgent(callSid: string, agentUserId: string): Promise<string> {
    const target = this.agents.dialTarget(await this.agents.profile(agentUserId));
    return this.twiml.dialAgent(
      callSid,
      agentUserId,
      target,
      this.dispatcher.rules.offerTimeoutSeconds,
    );
  }

  /** The agent's leg was answered: the call is theirs, and the contact says so. */
  async agentAnswered(callSid: string, agentUserId: string): Promise<void> {
    const accepted = await this.dispatcher.callAnswered(callSid, agentUserId);
    if (!accepted) {
      this.logger.warn(
        { callSid, agentUserId },
        'answer after the offer lapsed: the routing kept the call elsewhere',
      );
      return;
    }
    const call = await this.dispatcher.call(callSid);
    await this.contacts.updateByExternalRef(ContactChannel.Phone, callSid, {
      outcome: ContactOutcome.Answered,
      agentUserId,
      details: {
        waitSeconds: call?.answeredAt
          ? Math.round((call.answeredAt - call.arrivedAt) / 1000)
          : null,
        offers: call?.offers ?? null,
        step: call?.step ?? null,
      },
    });
  }

  /** The Dial verb ended: either the conversation is over, or the agent did not pick up. */
  async dialEnded(callSid: string, agentUserId: string, dialStatus: string): Promise<string> {
    if (CONNECTED.has(dialStatus)) {
      const call = await this.dispatcher.call(callSid);
      // Talk time runs from the agent's answer to the end of the bridge, IVR and queue excluded.
      const talkSeconds = call?.answeredAt
        ? Math.round((Date.now() - call.answeredAt) / 1000)
        : null;
      await this.contacts.updateByExternalRef(ContactChannel.Phone, callSid, {
        details: { talkSeconds },
      });
      await this.dispatcher.callEnded(callSid);
      return this.twiml.hangup();
    }
    await this.dispatcher.offerTimedOut(callSid, agentUserId);
    const context = await this.context.recall(callSid);
    return this.twiml.requeue(this.targetOf(context.antennaId));
  }

  private targetOf(antennaId: string | undefined): CallTarget {
    const holder = antennaId ? this.territory.index.antenna(antennaId) : undefined;
    if (!holder) return { kind: 'region' };
    if (holder.kind === 'headquarters') return { kind: 'mobile-team' };
    return { kind: 'antenna', antennaId: holder.id, antennaName: holder.name };
  }
}
