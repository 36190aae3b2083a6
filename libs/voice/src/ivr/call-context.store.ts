import { Injectable, Logger } from '@nestjs/common';
import { RedisConnection } from '@gru/redis';

export interface CallContext {
  readonly from?: string;
  readonly postcode?: string;
  readonly antennaId?: string;
  readonly routedBy?: string;
  /** The staff member who placed a simulated call (`VOICE_TELEPHONY=simulated`): they may hang it up as the caller. */
  readonly simulatedBy?: string;
}

const FOUR_HOURS = 4 * 60 * 60;

/**
 * What the IVR learnt during a call (caller number, postcode, antenna), kept in Redis for the
 * call's lifetime only, for the agent's screen pop. Personal data never outlives the call here.
 */
@Injectable()
export class CallContextStore {
  private readonly logger = new Logger(CallContextStore.name);

  constructor(private readonly redis: RedisConnection) {}

  async remember(callSid: string, context: CallContext): Promise<void> {
    const entries = Object.entries(context).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    if (!callSid || entries.length === 0) return;
    const key = this.key(callSid);
    await this.redis.client
      .multi()
      .hset(key, Object.fromEntries(entries))
      .expire(key, FOUR_HOURS)
      .exec()
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'call context not kept (Redis unavailable)'),
      );
  }

  async recall(callSid: string): Promise<CallContext> {
    return (await this.redis.client.hgetall(this.key(callSid)).catch(() => ({}))) ?? {};
  }

  /**
   * Claims the call's one callback (Twilio retries the caller's key press): true for the first
   * claim, false for a retry, undefined when Redis cannot tell (the callback is then not lost).
   */
  async claimCallback(callSid: string): Promise<boolean | undefined> {
    try {
      const set = await this.redis.client.set(
        this.callbackKey(callSid),
        '1',
        'EX',
        FOUR_HOURS,
        'NX',
      );
      return set === 'OK';
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'callback claim unavailable (Redis)');
      return undefined;
    }
  }

  /** Gives the claim back when the callback could not be recorded, so Twilio's retry can. */
  async releaseCallback(callSid: string): Promise<void> {
    await this.redis.client.del(this.callbackKey(callSid)).catch(() => undefined);
  }

  private callbackKey(callSid: string): string {
    return this.redis.key('voice', 'callback', callSid);
  }

  private key(callSid: string): string {
    return this.redis.key('voice', 'call', callSid);
  }
}
