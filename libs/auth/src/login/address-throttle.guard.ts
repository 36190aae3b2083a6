import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { RateLimitedException } from '@gru/errors';

/** Per client address (`request.ip`, see TRUSTED_PROXIES) limit of login and refresh calls. */
@Injectable()
export class AddressThrottleGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    return Promise.reject(new RateLimitedException(Math.max(1, detail.timeToBlockExpire)));
  }
}
