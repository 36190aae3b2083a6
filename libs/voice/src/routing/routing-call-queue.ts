import { Injectable } from '@nestjs/common';
import { CallDispatcher } from '@gru/call-routing';
import { CallQueuePort, QueuedCall, WithdrawnCall } from '../ivr/call-queue.port';

/** The IVR hands its calls to the routing engine (agents, overflow steps, fair share). */
@Injectable()
export class RoutingCallQueue extends CallQueuePort {
  constructor(private readonly dispatcher: CallDispatcher) {
    super();
  }

  async enqueue(call: QueuedCall): Promise<void> {
    await this.dispatcher.enqueueCall(call);
  }

  async withdraw(callSid: string, reason: 'callback' | 'abandoned'): Promise<WithdrawnCall | null> {
    await this.dispatcher.callAbandoned(callSid, new Date(), reason);
    const call = await this.dispatcher.call(callSid);
    return call ? { step: call.step } : null;
  }
}
