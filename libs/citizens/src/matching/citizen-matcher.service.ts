import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { normaliseEmailAddress } from '../identity/email-address';
import { nameKey } from '../identity/name-key';
import { toE164 } from '../identity/phone-number';
import { Citizen } from '../persistence/citizen.entity';

export interface MatchQuery {
  readonly phone?: string;
  readonly email?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly postcode?: string;
}

export type MatchBasis = 'phone' | 'email' | 'name-and-postcode';

export interface MatchCandidate {
  readonly citizen: Citizen;
  /** strong: the same phone or email; weak: only the same name in the same postcode. */
  readonly strength: 'strong' | 'weak';
  readonly matchedOn: MatchBasis[];
}

/**
 * Finds who an incoming contact may be. It only proposes: a channel attaches a contact to a
 * citizen by itself on a single strong match, and staff decide on anything else (homonyms and
 * shared family phones are common), so nothing is ever merged silently.
 */
/** A live record holding an address (`byEmails`). */
export interface EmailHolder {
  readonly id: string;
  readonly emails: readonly string[];
}

@Injectable()
export class CitizenMatcher {
  constructor(@InjectRepository(Citizen) private readonly citizens: Repository<Citizen>) {}

  async candidates(query: MatchQuery): Promise<MatchCandidate[]> {
    const phone = query.phone ? toE164(query.phone) : undefined;
    const email = query.email ? normaliseEmailAddress(query.email) : undefined;
    const key = query.lastName ? nameKey(query.lastName, query.firstName) : undefined;
    const clauses: string[] = [];
    const parameters: Record<string, unknown> = {};
    if (phone) {
      clauses.push('citizen.phones @> ARRAY[:phone]::text[]');
      parameters.phone = phone;
    }
    if (email) {
      clauses.push('citizen.emails @> ARRAY[:email]::text[]');
      parameters.email = email;
    }
    if (key && query.postcode) {
      clauses.push('(citizen.name_key = :key AND citizen.postcode = :postcode)');
      Object.assign(parameters, { key, postcode: query.postcode });
    }
    if (clauses.length === 0) return [];
    const found = await this.citizens
      .createQueryBuilder('citizen')
      .where(`(${clauses.join(' OR ')})`, parameters)
      .andWhere('citizen.merged_into_id IS NULL AND citizen.anonymised_at IS NULL')
      .limit(20)
      .getMany();
    return found
      .map((citizen) => {
        const matchedOn: MatchBasis[] = [];
        if (phone && citizen.phones.includes(phone)) matchedOn.push('phone');
        if (email && citizen.emails.includes(email)) matchedOn.push('email');
        if (key && citizen.nameKey === key && citizen.postcode === query.postcode)
          matchedOn.push('name-and-postcode');
        const strength: MatchCandidate['strength'] =
          matchedOn.includes('phone') || matchedOn.includes('email') ? 'strong' : 'weak';
        return { citizen, strength, matchedOn };
      })
      .sort((a, b) => b.matchedOn.length - a.matchedOn.length);
  }

  /**
   * The live records holding each of these addresses (a strong match each), in one query for a
   * window of senders; an address nobody holds is absent.
   */
  async byEmails(emails: readonly string[]): Promise<Map<string, EmailHolder[]>> {
    const normalised = [
      ...new Set(
        emails
          .map((email) => normaliseEmailAddress(email))
          .filter((email): email is string => !!email),
      ),
    ];
    const byEmail = new Map<string, EmailHolder[]>();
    if (normalised.length === 0) return byEmail;
    // Only what a window needs, without hydrating 200 whole records (its CPU cost dominated).
    const found = await this.citizens.manager.query<EmailHolder[]>(
      `SELECT id, emails FROM citizens
       WHERE emails && $1::text[] AND merged_into_id IS NULL AND anonymised_at IS NULL`,
      [normalised],
    );
    for (const email of normalised) {
      const holders = found.filter((citizen) => citizen.emails.includes(email));
      if (holders.length > 0) byEmail.set(email, holders);
    }
    return byEmail;
  }

  /** Other live records that may be the same person as this one: the merge candidates. */
  async candidatesFor(citizen: Citizen): Promise<MatchCandidate[]> {
    const queries: MatchQuery[] = [
      ...citizen.phones.slice(0, 5).map((phone) => ({ phone })),
      ...citizen.emails.slice(0, 5).map((email) => ({ email })),
    ];
    const found = new Map<string, MatchCandidate>();
    const results = await Promise.all(queries.map((query) => this.candidates(query)));
    results.push(await this.homonymsOf(citizen));
    for (const candidates of results) {
      for (const candidate of candidates) {
        if (candidate.citizen.id === citizen.id) continue;
        const known = found.get(candidate.citizen.id);
        const matchedOn = [...new Set([...(known?.matchedOn ?? []), ...candidate.matchedOn])];
        found.set(candidate.citizen.id, {
          citizen: candidate.citizen,
          matchedOn,
          strength: known?.strength === 'strong' ? 'strong' : candidate.strength,
        });
      }
    }
    return [...found.values()].sort((a, b) => b.matchedOn.length - a.matchedOn.length);
  }

  /** The same name in the same postcode or commune: a weak hint, for staff to judge. */
  private async homonymsOf(citizen: Citizen): Promise<MatchCandidate[]> {
    if (!citizen.nameKey || (!citizen.postcode && !citizen.inseeCode)) return [];
    const found = await this.citizens
      .createQueryBuilder('citizen')
      .where('citizen.name_key = :key', { key: citizen.nameKey })
      .andWhere('(citizen.postcode = :postcode OR citizen.insee_code = :inseeCode)', {
        postcode: citizen.postcode ?? '',
        inseeCode: citizen.inseeCode ?? '',
      })
      .andWhere('citizen.merged_into_id IS NULL AND citizen.anonymised_at IS NULL')
      .limit(20)
      .getMany();
    return found.map((match) => ({
      citizen: match,
      strength: 'weak',
      matchedOn: ['name-and-postcode'],
    }));
  }
}
