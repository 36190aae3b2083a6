import { Injectable } from '@nestjs/common';
import {
  CitizenDirectory,
  CitizenMatcher,
  ContactChannel,
  normaliseEmailAddress,
} from '@gru/citizens';
import type { EmailHolder, NewCitizen } from '@gru/citizens';
import type { EntityManager } from 'typeorm';
import type { MailAddress } from '../parsing/inbound-mail';

export interface SenderCitizen {
  readonly citizenId: string;
  /** Other records holding the address, when it did not decide alone (staff judge). */
  readonly candidates: string[];
}

export interface SenderPlan {
  readonly fresh: readonly NewCitizen[];
  readonly entries: readonly {
    readonly citizenId: string;
    readonly freshIndex: number;
    readonly candidates: string[];
  }[];
}

/**
 * Who a window's senders are, by address, with the citizens library's matching: one strong match
 * is them; nobody holding the address gets one new record per address (the sender's second message
 * is theirs too, as one after the other would find); several holders get a new record per message
 * with the holders as candidates, never a merge.
 */
@Injectable()
export class SenderCitizens {
  constructor(
    private readonly matcher: CitizenMatcher,
    private readonly citizens: CitizenDirectory,
  ) {}

  /** Who holds each of these senders' addresses (outside any transaction: it only reads). */
  holders(senders: readonly (MailAddress | null)[]): Promise<Map<string, EmailHolder[]>> {
    return this.matcher.byEmails(
      senders.flatMap((from) => {
        const email = from ? normaliseEmailAddress(from.address) : undefined;
        return email ? [email] : [];
      }),
    );
  }

  /**
   * Who each sender is, from `holders` when the caller read them already for these senders (and
   * nothing created a citizen since), else read now.
   */
  async plan(
    senders: readonly { readonly from: MailAddress | null; readonly postcode: string | null }[],
    read?: Promise<Map<string, EmailHolder[]>>,
  ): Promise<SenderPlan> {
    const emails = senders.map((sender) =>
      sender.from ? normaliseEmailAddress(sender.from.address) : undefined,
    );
    const holders = await (read ?? this.holders(senders.map((sender) => sender.from)));
    const fresh: NewCitizen[] = [];
    const freshIndexOf = new Map<string, number>();
    const entries = senders.map((sender, index) => {
      const email = emails[index];
      const known = email ? (holders.get(email) ?? []) : [];
      if (known.length === 1) return { citizenId: known[0].id, freshIndex: -1, candidates: [] };
      if (email && known.length === 0 && freshIndexOf.has(email))
        return { citizenId: '', freshIndex: freshIndexOf.get(email)!, candidates: [] };
      fresh.push(citizenOf(sender.from, email, sender.postcode));
      if (email && known.length === 0) freshIndexOf.set(email, fresh.length - 1);
      return {
        citizenId: '',
        freshIndex: fresh.length - 1,
        candidates: known.map((citizen) => citizen.id),
      };
    });
    return { fresh, entries };
  }

  /** Creates the plan's new records in the window's transaction: each sender's citizen. */
  async resolve(plan: SenderPlan, manager: EntityManager): Promise<SenderCitizen[]> {
    const created = await this.citizens.createMany(plan.fresh, manager);
    return plan.entries.map((entry) => ({
      citizenId: entry.freshIndex >= 0 ? created[entry.freshIndex].id : entry.citizenId,
      candidates: entry.candidates,
    }));
  }
}

/** A new record from a sender: "Prénom Nom <adresse>", the postcode the message proposes. */
export function citizenOf(
  from: MailAddress | null,
  email: string | undefined,
  postcode: string | null,
): NewCitizen {
  const [firstName, ...rest] = (from?.name ?? '').replace(/["']/g, '').trim().split(/\s+/);
  return {
    firstName: rest.length > 0 ? firstName.slice(0, 100) : null,
    lastName: (rest.length > 0 ? rest.join(' ') : firstName || '').slice(0, 100) || null,
    emails: email ? [email] : [],
    postcode,
    preferredChannel: ContactChannel.Email,
  };
}
