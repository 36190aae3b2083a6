import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@gru/config';
import {
  DomainException,
  ErrorCode,
  hasPostgresCode,
  NotFoundException,
  PostgresErrorCode,
} from '@gru/errors';
import { Repository } from 'typeorm';
import type { CreateMailboxDto, UpdateMailboxDto } from './http/mailbox-input.dto';
import { Mailbox } from './persistence/mailbox.entity';

/** The mailboxes table's reader and writer. */
@Injectable()
export class MailboxDirectory {
  constructor(
    @InjectRepository(Mailbox) private readonly mailboxes: Repository<Mailbox>,
    private readonly config: AppConfig,
  ) {}

  list(): Promise<Mailbox[]> {
    return this.mailboxes.find({ order: { id: 'ASC' } });
  }

  active(): Promise<Mailbox[]> {
    return this.mailboxes.find({ where: { active: true }, order: { id: 'ASC' } });
  }

  async get(id: string): Promise<Mailbox> {
    const mailbox = await this.mailboxes.findOne({ where: { id } });
    if (!mailbox) throw new NotFoundException('mailbox', id);
    return mailbox;
  }

  private ownAddresses?: { readonly at: number; readonly addresses: Promise<Set<string>> };

  /** Our own addresses: never acknowledged, never a citizen. Read at most once a minute. */
  addresses(): Promise<Set<string>> {
    if (!this.ownAddresses || Date.now() - this.ownAddresses.at > 60_000) {
      const addresses = this.mailboxes
        .find({ select: { address: true, smtpFrom: true } })
        .then(
          (all) =>
            new Set(
              all.flatMap((mailbox) => [mailbox.address, addressIn(mailbox.smtpFrom)].map(lower)),
            ),
        );
      this.ownAddresses = { at: Date.now(), addresses };
    }
    return this.ownAddresses.addresses;
  }

  async create(input: CreateMailboxDto): Promise<Mailbox> {
    this.ownAddresses = undefined;
    try {
      await this.mailboxes.insert(
        this.mailboxes.create({
          ...input,
          aidSchemeSlug: input.aidSchemeSlug ?? null,
          folders: input.folders ?? ['INBOX'],
          active: input.active ?? true,
        }),
      );
    } catch (error) {
      if (hasPostgresCode(error, PostgresErrorCode.UniqueViolation))
        throw new DomainException(ErrorCode.Conflict, `La boîte « ${input.id} » existe déjà.`, {
          id: input.id,
        });
      throw error;
    }
    return this.get(input.id);
  }

  async update(id: string, changes: UpdateMailboxDto): Promise<Mailbox> {
    const mailbox = await this.get(id);
    this.ownAddresses = undefined;
    await this.mailboxes.save(this.mailboxes.merge(mailbox, changes));
    return this.get(id);
  }

  /** A mailbox mail already came through is deactivated instead: its deliveries stay explained. */
  async remove(id: string): Promise<void> {
    await this.get(id);
    try {
      await this.mailboxes.delete({ id });
    } catch (error) {
      if (hasPostgresCode(error, PostgresErrorCode.ForeignKeyViolation))
        throw new DomainException(
          ErrorCode.Conflict,
          'Des messages sont déjà arrivés par cette boîte : désactivez-la plutôt.',
          { id },
        );
      throw error;
    }
  }

  passwordOf(mailbox: Mailbox): string | undefined {
    return this.config.values.mail.mailboxPasswords[mailbox.passwordEnv];
  }
}

function lower(value: string): string {
  return value.trim().toLowerCase();
}

/** `Name <a@b>` → `a@b`. */
export function addressIn(identity: string): string {
  const match = /<([^>]+)>/.exec(identity);
  return (match ? match[1] : identity).trim();
}
