import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';

const DISABLED = 'disabled';
/** Signing servers' clocks may differ a little: the mark outlives the last token it refuses. */
const CLOCK_MARGIN_SECONDS = 60;

/**
 * Access tokens are trusted until they expire, which is too long once an administrator closes an
 * account or changes what it may see: the account's mark in Redis refuses its tokens issued before
 * the change (their role or antenna is out of date: the client refreshes and gets the new ones),
 * or all of them while the account is closed (a refresh fails too). A mark lives as long as an
 * access token, after which none it could refuse is left.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);

  constructor(
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  /** Tokens issued before now are refused; unless the account is closed, which refuses them all. */
  async refreshClaims(userId: string, now = Date.now()): Promise<void> {
    const key = this.keyOf(userId);
    await this.redis.client.eval(
      "if redis.call('get', KEYS[1]) ~= ARGV[3] then redis.call('set', KEYS[1], ARGV[1], 'EX', ARGV[2]) end",
      1,
      key,
      String(now),
      String(this.markSeconds),
      DISABLED,
    );
  }

  async close(userId: string): Promise<void> {
    await this.redis.client.set(this.keyOf(userId), DISABLED, 'EX', this.markSeconds);
  }

  /** Reopened: the tokens issued before it stay refused. */
  async reopen(userId: string, now = Date.now()): Promise<void> {
    await this.redis.client.set(this.keyOf(userId), String(now), 'EX', this.markSeconds);
  }

  /**
   * Whether a token of this account issued at `issuedAtMs` is refused. Without Redis, the
   * tokens' own expiry is the only limit left (logged): the API keeps serving.
   */
  async refuses(userId: string, issuedAtMs: number): Promise<boolean> {
    let mark: string | null;
    try {
      mark = await this.redis.client.get(this.keyOf(userId));
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'session revocations unreadable');
      return false;
    }
    if (mark === null) return false;
    if (mark === DISABLED) return true;
    return issuedAtMs < Number(mark);
  }

  private get markSeconds(): number {
    return this.config.values.auth.accessTokenTtlSeconds + CLOCK_MARGIN_SECONDS;
  }

  private keyOf(userId: string): string {
    return this.redis.key('auth', 'revoked-before', userId);
  }
}
