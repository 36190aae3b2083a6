import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
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
    const query = this.citizens
      .createQueryBuilder('citizen')
      .where('citizen.merged_into_id IS NULL');
    if (scope.antennaIds !== null) {
      if (scope.antennaIds.length === 0) return [];
      query.andWhere('citizen.antenna_id IN (:...antennaIds)', { antennaIds: scope.antennaIds });
    }
    const email = text.includes('@') ? normaliseEmailAddress(text) : undefined;
    if (email)
      return query
        .andWhere('citizen.emails @> ARRAY[:email]::text[]', { email })
        .limit(LIMIT)
        .getMany();
    const phone = /\d{6,}/.test(text.replace(/[\s.+-]/g, '')) ? toE164(text) : undefined;
    if (phone)
      return query
        .andWhere('citizen.phones @> ARRAY[:phone]::text[]', { phone })
        .limit(LIMIT)
        .getMany();
    const key = nameKey(text);
    if (key.length < 2) return [];
    const prefixed = await this.byNamePrefix(key, scope);
    if (prefixed.length >= LIMIT) return prefixed;
    return [
      ...prefixed,
      ...(await this.byNameApproximation(
        key,
        scope,
        prefixed.map((citizen) => citizen.id),
      )),
    ];
  }

  /**
   * Last names starting with the text, in name order: walks the prefix index (text_pattern_ops,
   * hence `USING ~<~`) and stops at 20 rows, whatever the number of Martins.
   */
  private async byNamePrefix(key: string, scope: CitizenSearchScope): Promise<Citizen[]> {
    const ids: { id: string }[] = await this.citizens.query(
      `SELECT id FROM citizens
       WHERE merged_into_id IS NULL AND name_key LIKE $1 ESCAPE '\\' ${scope.antennaIds !== null ? 'AND antenna_id = ANY($2)' : ''}
       ORDER BY name_key USING ~<~, id LIMIT ${LIMIT}`,
      scope.antennaIds !== null
        ? [`${escapeLike(key)}%`, scope.antennaIds]
        : [`${escapeLike(key)}%`],
    );
    return this.inOrder(ids.map((row) => row.id));
  }

  /**
   * Then a first name or a later word starting with the text, and typos: pg_trgm's word similarity
   * (`<%`) compares the text with the closest word run of the name, so a first name does not
   * dilute a misspelt last name.
   */
  private async byNameApproximation(
    key: string,
    scope: CitizenSearchScope,
    exclude: string[],
  ): Promise<Citizen[]> {
    const query = this.citizens
      .createQueryBuilder('citizen')
      .where('citizen.merged_into_id IS NULL')
      .andWhere(
        new Brackets((names) =>
          names
            .where("citizen.name_key LIKE :wordPrefix ESCAPE '\\'", {
              wordPrefix: `% ${escapeLike(key)}%`,
            })
            .orWhere(':key <% citizen.name_key', { key }),
        ),
      )
      .orderBy('word_similarity(:key, citizen.name_key)', 'DESC')
      .limit(LIMIT - exclude.length);
    if (scope.antennaIds !== null)
      query.andWhere('citizen.antenna_id IN (:...antennaIds)', { antennaIds: scope.antennaIds });
    if (exclude.length > 0) query.andWhere('citizen.id NOT IN (:...exclude)', { exclude });
    return query.getMany();
  }

  private async inOrder(ids: string[]): Promise<Citizen[]> {
    if (ids.length === 0) return [];
    const found = await this.citizens.findBy({ id: In(ids) });
    const byId = new Map(found.map((citizen) => [citizen.id, citizen]));
    return ids
      .map((id) => byId.get(id))
      .filter((citizen): citizen is Citizen => citizen !== undefined);
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
