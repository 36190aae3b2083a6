import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@gru/config';
import { ALL_ROLES, Role } from '../role';
import type { AuthenticatedUser } from '../authenticated-user';
import { InvalidTokenException } from '../exceptions/invalid-token.exception';
import { SessionRevocations } from './session-revocations';

interface AccessTokenClaims {
  sub: string;
  email: string;
  role: Role;
  antennaId: string | null;
  mobileTeam: boolean;
  contentTeam?: boolean;
  iat?: number;
  /** When it was signed, in milliseconds: `iat` is in seconds, too coarse to order it against a revocation. */
  issuedAtMs?: number;
}

const AUDIENCE = 'gru-api';
const ISSUER = 'gru';

/**
 * Short-lived signed tokens; the guard trusts their claims until they expire, unless an
 * administrator closed the account or changed it since (`SessionRevocations`).
 */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly revocations: SessionRevocations,
  ) {}

  get ttlSeconds(): number {
    return this.config.values.auth.accessTokenTtlSeconds;
  }

  sign(user: AuthenticatedUser): Promise<string> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      email: user.email,
      role: user.role,
      antennaId: user.antennaId,
      mobileTeam: user.mobileTeam,
      contentTeam: user.contentTeam === true,
      issuedAtMs: Date.now(),
    };
    return this.jwt.signAsync(claims, {
      secret: this.config.values.auth.jwtSecret,
      expiresIn: this.config.values.auth.accessTokenTtlSeconds,
      audience: AUDIENCE,
      issuer: ISSUER,
      algorithm: 'HS256',
    });
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        secret: this.config.values.auth.jwtSecret,
        audience: AUDIENCE,
        issuer: ISSUER,
        algorithms: ['HS256'],
      });
    } catch {
      throw new InvalidTokenException();
    }
    if (!ALL_ROLES.includes(claims.role)) throw new InvalidTokenException();
    const issuedAtMs = claims.issuedAtMs ?? (claims.iat ?? 0) * 1000;
    if (await this.revocations.refuses(claims.sub, issuedAtMs)) throw new InvalidTokenException();
    return {
      id: claims.sub,
      email: claims.email,
      role: claims.role,
      antennaId: claims.antennaId,
      mobileTeam: claims.mobileTeam,
      contentTeam: claims.contentTeam === true,
    };
  }
}
