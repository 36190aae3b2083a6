import { Injectable } from '@nestjs/common';
import { AuditAction, AuditLogService, AuditOrigin } from '@gru/audit';
import type { AuthenticatedUser } from '../authenticated-user';
import { AccountLockedException } from '../exceptions/account-locked.exception';
import { InvalidCredentialsException } from '../exceptions/invalid-credentials.exception';
import { InvalidTokenException } from '../exceptions/invalid-token.exception';
import { PasswordHasher } from '../password-hasher';
import { AccessTokenService } from '../tokens/access-token.service';
import { RefreshTokenStore } from '../tokens/refresh-token.store';
import {
  normaliseEmail,
  StaffDirectory,
  toAuthenticatedUser,
} from '../users/staff-directory.service';
import { FailedLoginLimiter } from './failed-login-limiter';

export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
}

const SESSION_RESOURCE = 'staff-session';

@Injectable()
export class LoginService {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly hasher: PasswordHasher,
    private readonly limiter: FailedLoginLimiter,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenStore,
    private readonly auditLog: AuditLogService,
  ) {}

  async login(rawEmail: string, password: string, origin: AuditOrigin): Promise<TokenPair> {
    const email = normaliseEmail(rawEmail);
    // The slot is taken before the slow password check, so parallel attempts cannot outrun the count.
    const reservation = await this.limiter.reserveAttempt(email);
    if (reservation.slot === 0) {
      await this.audit(AuditAction.LoginLocked, null, origin, { email });
      throw new AccountLockedException(reservation.lockedForSeconds);
    }
    const candidate = await this.directory.findLoginCandidate(email);
    const valid = candidate
      ? await this.hasher.verify(password, candidate.passwordHash)
      : await this.hasher.verifyAgainstNothing(password);
    if (!candidate || !valid) {
      const lockSeconds = await this.limiter.attemptFailed(email, reservation.slot);
      await this.audit(
        AuditAction.LoginFailed,
        candidate ? toAuthenticatedUser(candidate) : null,
        origin,
        { email },
      );
      if (lockSeconds > 0) throw new AccountLockedException(lockSeconds);
      throw new InvalidCredentialsException();
    }
    await this.limiter.reset(email);
    await this.directory.recordLogin(candidate.id);
    const user = toAuthenticatedUser(candidate);
    await this.audit(AuditAction.LoginSucceeded, user, origin, {});
    return this.issue(user);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const { userId, familyId } = await this.refreshTokens.consume(refreshToken);
    const user = await this.directory.get(userId).catch(() => null);
    if (!user || !user.active) throw new InvalidTokenException();
    return this.issue(toAuthenticatedUser(user), familyId);
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revokeFamilyOf(refreshToken);
  }

  private async issue(user: AuthenticatedUser, familyId?: string): Promise<TokenPair> {
    const [accessToken, refreshToken] = await Promise.all([
      this.accessTokens.sign(user),
      this.refreshTokens.issue(user.id, familyId),
    ]);
    return { accessToken, refreshToken, expiresIn: this.accessTokens.ttlSeconds };
  }

  private audit(
    action: AuditAction,
    user: AuthenticatedUser | null,
    origin: AuditOrigin,
    details: Record<string, unknown>,
  ) {
    return this.auditLog.record({
      action,
      resourceType: SESSION_RESOURCE,
      resourceId: user?.id ?? null,
      actor: { userId: user?.id ?? null, role: user?.role ?? null },
      origin,
      details,
    });
  }
}
