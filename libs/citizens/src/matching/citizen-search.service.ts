import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { normaliseEmailAddress } from '../identity/email-address';
import { nameKey } from '../identity/name-key';
import { toE164 } from '../identity/phone-number';
import { Citizen } from '../persistence/citizen.entity';

export interface CitizenSearchScope {
  /** null: every antenna (mobile team, managers, admins). */
  readonly antennaIds: readonly string[] | null;
}

const LIMIT = 20;

/**
 * Staff search by phone, email or name: prefix first, then typo-tolerant (pg_trgm) matches, with
 * accents and case ignored. Scoped to the antennas the caller may see.
 */
@Injectable()
export class CitizenSearch {
  constructor(@InjectRepository(Citizen) private readonly citizens: Repository<Citizen>) {}

  async search(text: string, scope: CitizenSearchScope): Promise<Citizen[]> {
    const query = this.citizens.createQueryBuilder('citizen').where('citizen.merged_into_id IS NULL');
    if (scope.antennaIds !== null) {
      if (scope.antennaIds.length === 0) return [];
      query.andWhere('citizen.antenna_id IN (:...antennaIds)', { antennaIds: scope.antennaIds });
    }
    const email = text.includes('@') ? normaliseEmailAddress(text) : undefined;
    if (email) return query.andWhere('citizen.emails @> ARRAY[:email]::text[]', { email }).limit(LIMIT).getMany();
    const phone = /\d{6,}/.test(text.replace(/[\s.+-]/g, '')) ? toE164(text) : undefined;
    if (phone) return query.andWhere('citizen.phones @> ARRAY[:phone]::text[]', { phone }).limit(LIMIT).getMany();
    const key = nameKey(text);
    if (key.length < 2) return [];
    return query
      .andWhere(
        new Brackets((names) =>
          names
            .where("citizen.name_key LIKE :prefix ESCAPE '\\'", { prefix: `${escapeLike(key)}%` })
            .orWhere("citizen.name_key LIKE :wordPrefix ESCAPE '\\'", { wordPrefix: `% ${escapeLike(key)}%` })
            .orWhere('citizen.name_key % :key', { key }),
        ),
      )
      .orderBy("(citizen.name_key LIKE :prefix ESCAPE '\\')", 'DESC')
      .addOrderBy('similarity(citizen.name_key, :key)', 'DESC')
      .limit(LIMIT)
      .getMany();
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
