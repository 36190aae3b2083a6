import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@gru/auth';
import { AccessibleRequestPipe } from './accessible-request.pipe';

/**
 * `@LoadedRequest()`'s check as a guard, for routes whose interceptors would otherwise read the
 * body first (uploads): guards run before interceptors, so a post to an unknown or foreign request
 * is refused (400, 404, 403) before a byte of it is buffered.
 */
@Injectable()
export class AccessibleRequestGuard implements CanActivate {
  constructor(private readonly loader: AccessibleRequestPipe) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ params: Record<string, string>; user: AuthenticatedUser }>();
    await this.loader.transform(
      { id: request.params.id, user: request.user },
      { type: 'param', data: 'id' },
    );
    return true;
  }
}
