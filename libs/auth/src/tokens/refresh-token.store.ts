import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@gru/config';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { InvalidTokenException } from '../exceptions/invalid-token.exception';
import { RefreshToken } from './refresh-token.entity';

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class RefreshTokenStore {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly config: AppConfig,
  ) {}

  async issue(userId: string, familyId: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.insert({
      userId,
      familyId,
      tokenHash: hashOf(token),
      expiresAt: new Date(Date.now() + this.config.values.auth.refreshTokenTtlSeconds * 1000),
      revokedAt: null,
    });
    return token;
  }

  /**
   * Spends a refresh token and returns its owner. A token presented twice means it was copied:
   * the whole family is revoked and the legitimate user must log in again.
   */
  async consume(token: string): Promise<{ userId: string; familyId: string }> {
    const found = await this.tokens.findOne({ where: { tokenHash: hashOf(token) } });
    if (!found || found.expiresAt.getTime() <= Date.now()) throw new InvalidTokenException();
    const spent = await this.tokens.update(
      { id: found.id, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (spent.affected !== 1) {
      await this.revokeFamily(found.familyId);
      throw new InvalidTokenException();
    }
    return { userId: found.userId, familyId: found.familyId };
  }

  async revokeFamilyOf(token: string): Promise<void> {
    const found = await this.tokens.findOne({ where: { tokenHash: hashOf(token) } });
    if (found) await this.revokeFamily(found.familyId);
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async deleteExpired(before: Date = new Date()): Promise<number> {
    const result = await this.tokens
      .createQueryBuilder()
      .delete()
      .where('expires_at < :before', { before })
      .execute();
    return result.affected ?? 0;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
