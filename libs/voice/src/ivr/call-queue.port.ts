import { Injectable, Logger } from '@nestjs/common';

export interface QueuedCall {
  readonly callSid: string;
  /** null: no antenna (out of region, IVR failure): shared pools only. */
  readonly antennaId: string | null;
  readonly arrivedAt: Date;
}

/** What the routing knew of a call that left the queue unanswered. */
export interface WithdrawnCall {
  /** The routing step the call had reached (0: its first; more: it overflowed). */
  readonly step: number;
}

/**
 * Where the IVR hands a call to the routing engine (agents, overflow, fair share). The routing
 * library binds its dispatcher here; until then calls wait in their Twilio queue and are logged.
 */
export abstract class CallQueuePort {
  abstract enqueue(call: QueuedCall): Promise<void>;
  /** null when the routing has no record of the call (never queued, or no routing bound). */
  abstract withdraw(
    callSid: string,
    reason: 'callback' | 'abandoned',
  ): Promise<WithdrawnCall | null>;
}

@Injectable()
export class LoggingCallQueue extends CallQueuePort {
  private readonly logger = new Logger('CallQueue');

  enqueue(call: QueuedCall): Promise<void> {
    this.logger.log(
      { callSid: call.callSid, antennaId: call.antennaId },
      'call queued (no routing engine bound)',
    );
    return Promise.resolve();
  }

  withdraw(callSid: string, reason: 'callback' | 'abandoned'): Promise<WithdrawnCall | null> {
    this.logger.log({ callSid, reason }, 'call left the queue');
    return Promise.resolve(null);
  }
}
