import { Injectable, Logger } from '@nestjs/common';
import { CallDispatcher } from '@gru/call-routing';
import { ContactChannel } from '@gru/citizens';
import { ContactLog } from '@gru/requests';
import type { ScreenPopPhase } from './screen-pop.dto';
import { ScreenPop, ScreenPopService } from './screen-pop.service';

/**
 * The call an agent already has when their event stream opens: a reloaded desk (or a second tab)
 * gets back the call ringing, the conversation in progress on a desk phone, or the contact still to
 * code during the wrap-up. The routing state is the truth; nothing is kept per browser.
 */
@Injectable()
export class CurrentCall {
  private readonly logger = new Logger(CurrentCall.name);

  constructor(
    private readonly dispatcher: CallDispatcher,
    private readonly screenPops: ScreenPopService,
    private readonly contacts: ContactLog,
  ) {}

  async of(agentUserId: string): Promise<ScreenPop | null> {
    try {
      const agent = await this.dispatcher.engine.reader.agent(agentUserId);
      const current = agent && this.currentOf(agent);
      if (!current) return null;
      const call = await this.dispatcher.engine.reader.call(current.callSid);
      if (!call || call.agentId !== agentUserId) return null;
      if (current.phase === 'wrap-up') {
        const contact = await this.contacts.findByExternalRef(
          ContactChannel.Phone,
          current.callSid,
        );
        // Coded already: the wrap-up is only the pause before the next call.
        if (!contact || contact.reasonCode !== null) return null;
      }
      return await this.screenPops.compose(current.callSid, { step: call.step }, current.phase);
    } catch (error) {
      // The stream works without it: the agent sees the next call.
      this.logger.warn({ err: (error as Error).message }, 'current call not restored');
      return null;
    }
  }

  private currentOf(agent: {
    readonly state: string;
    readonly callSid: string | null;
    readonly lastCallSid: string | null;
  }): { callSid: string; phase: ScreenPopPhase } | null {
    if (agent.state === 'reserved' && agent.callSid)
      return { callSid: agent.callSid, phase: 'ringing' };
    if (agent.state === 'on_call' && agent.callSid)
      return { callSid: agent.callSid, phase: 'connected' };
    if (agent.state === 'wrap_up' && agent.lastCallSid)
      return { callSid: agent.lastCallSid, phase: 'wrap-up' };
    return null;
  }
}
