import { Injectable } from '@nestjs/common';
import { CallDispatcher } from '@gru/call-routing';
import type { StoredCall } from '@gru/call-routing';
import { ContactChannel } from '@gru/citizens';
import { NotFoundException } from '@gru/errors';
import { ContactLog, ContactOutcome } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { CallContext, CallContextStore } from '../ivr/call-context.store';
import { SimulatedCallDto } from './simulator.dto';

const CALL_SID = /^CA[0-9a-f]{32}$/;

/** A simulated call as the routing and the contact log see it. */
@Injectable()
export class SimulatedCalls {
  constructor(
    private readonly context: CallContextStore,
    private readonly dispatcher: CallDispatcher,
    private readonly contacts: ContactLog,
    private readonly territory: TerritoryService,
  ) {}

  /** The routing's record of the call, or 404 (unknown, or its 4-hour record expired). */
  async routed(callSid: string): Promise<{ call: StoredCall; context: CallContext }> {
    const call = CALL_SID.test(callSid) ? await this.dispatcher.call(callSid) : null;
    if (!call) throw new NotFoundException('call', callSid);
    return { call, context: await this.context.recall(callSid) };
  }

  async describe(callSid: string): Promise<SimulatedCallDto> {
    const [call, context, contact] = await Promise.all([
      this.dispatcher.call(callSid),
      this.context.recall(callSid),
      this.contacts.findByExternalRef(ContactChannel.Phone, callSid),
    ]);
    const antennaId = context.antennaId ?? contact?.antennaId ?? null;
    return {
      callSid,
      status:
        call?.status ??
        (contact?.outcome === ContactOutcome.OutOfHours ? 'out_of_hours' : 'abandoned'),
      contactId: contact?.id ?? null,
      antennaId,
      antennaName: antennaId ? (this.territory.index.antenna(antennaId)?.name ?? null) : null,
      routedBy: context.routedBy ?? null,
      step: call?.step ?? null,
      agentUserId: call?.agentId ?? null,
    };
  }
}
