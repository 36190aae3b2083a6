import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainException,
  ErrorCode,
  hasPostgresCode,
  NotFoundException,
  PostgresErrorCode,
} from '@gru/errors';
import { In, Repository } from 'typeorm';
import type { AuthenticatedUser } from '../authenticated-user';
import { PasswordHasher } from '../password-hasher';
import type { Role } from '../role';
import { KnownAntennas } from './known-antennas';
import { assertAntennaRule } from './staff-antenna-rule';
import { User } from './user.entity';

export interface NewStaffMember {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly antennaId?: string | null;
  readonly mobileTeam?: boolean;
  readonly contentTeam?: boolean;
}

export interface StaffMemberChanges {
  readonly displayName?: string;
  readonly role?: Role;
  readonly antennaId?: string | null;
  readonly mobileTeam?: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toAuthenticatedUser(user: User): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    antennaId: user.antennaId,
    mobileTeam: user.mobileTeam,
    contentTeam: user.contentTeam,
  };
}

/** Staff accounts: the only code that reads or writes the users table. */
@Injectable()
export class StaffDirectory {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly antennas: KnownAntennas,
  ) {}

  async create(member: NewStaffMember): Promise<User> {
    assertAntennaRule(member);
    this.antennas.assertKnown(member.antennaId);
    const entity = this.users.create({
      email: normaliseEmail(member.email),
      displayName: member.displayName,
      passwordHash: await this.hasher.hash(member.password),
      role: member.role,
      antennaId: member.antennaId ?? null,
      mobileTeam: member.mobileTeam ?? false,
      contentTeam: member.contentTeam ?? false,
      active: true,
    });
    try {
      const saved = await this.users.save(entity);
      return this.get(saved.id);
    } catch (error) {
      if (hasPostgresCode(error, PostgresErrorCode.UniqueViolation)) {
        throw new DomainException(
          ErrorCode.Conflict,
          `Un compte existe déjà pour ${entity.email}.`,
          { email: entity.email },
        );
      }
      throw error;
    }
  }

  /** Creates the account or, when the email exists, resets it to the given state (demo seeding). */
  async upsert(member: NewStaffMember): Promise<User> {
    assertAntennaRule(member);
    this.antennas.assertKnown(member.antennaId);
    const existing = await this.users.findOne({ where: { email: normaliseEmail(member.email) } });
    if (!existing) return this.create(member);
    await this.users.update(existing.id, {
      displayName: member.displayName,
      passwordHash: await this.hasher.hash(member.password),
      role: member.role,
      antennaId: member.antennaId ?? null,
      mobileTeam: member.mobileTeam ?? false,
      contentTeam: member.contentTeam ?? false,
      active: true,
    });
    return this.get(existing.id);
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundException('user', id);
    return user;
  }

  /**
   * The display names of these accounts, deactivated ones included: other libraries name who wrote
   * or did something, and a departed colleague keeps their name on what they did.
   */
  async displayNames(ids: Iterable<string>): Promise<ReadonlyMap<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.users.find({
      select: { id: true, displayName: true },
      where: { id: In(unique) },
    });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  /** Everyone, one antenna's staff, or the mobile team's (who have no antenna). */
  list(filter: { antennaId?: string; mobileTeam?: boolean } = {}): Promise<User[]> {
    return this.users.find({
      where: {
        ...(filter.antennaId ? { antennaId: filter.antennaId } : {}),
        ...(filter.mobileTeam !== undefined ? { mobileTeam: filter.mobileTeam } : {}),
      },
      order: { displayName: 'ASC' },
    });
  }

  /** Returns the active account with its password hash, for the login check only. */
  findLoginCandidate(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email AND user.active', { email: normaliseEmail(email) })
      .getOne();
  }

  async recordLogin(id: string): Promise<void> {
    await this.users.update(id, { lastLoginAt: new Date() });
  }

  /** Grants or revokes the knowledge base's content-team permission (administrators). */
  async setContentTeam(id: string, contentTeam: boolean): Promise<User> {
    const result = await this.users.update(id, { contentTeam });
    if (result.affected !== 1) throw new NotFoundException('user', id);
    return this.get(id);
  }

  /** Whether the account is active and in the content team now (not as its token said). */
  async isContentTeam(id: string): Promise<boolean> {
    return this.users.exists({ where: { id, active: true, contentTeam: true } });
  }

  findActiveByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: normaliseEmail(email), active: true } });
  }

  listActive(): Promise<User[]> {
    return this.users.find({ where: { active: true }, order: { displayName: 'ASC' } });
  }

  async deactivate(id: string): Promise<void> {
    await this.setActive(id, false);
  }

  async setActive(id: string, active: boolean): Promise<User> {
    const result = await this.users.update(id, { active });
    if (result.affected !== 1) throw new NotFoundException('user', id);
    return this.get(id);
  }

  /** Name, role and placement; the antenna rule holds on the account as it ends up. */
  async update(id: string, changes: StaffMemberChanges): Promise<User> {
    const current = await this.get(id);
    const next = {
      displayName: changes.displayName ?? current.displayName,
      role: changes.role ?? current.role,
      antennaId: changes.antennaId === undefined ? current.antennaId : changes.antennaId,
      mobileTeam: changes.mobileTeam ?? current.mobileTeam,
    };
    assertAntennaRule(next);
    if (changes.antennaId !== undefined) this.antennas.assertKnown(next.antennaId);
    await this.users.update(id, next);
    return this.get(id);
  }
}
