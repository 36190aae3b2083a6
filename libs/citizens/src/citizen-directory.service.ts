import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { insertRows } from '@gru/database';
import { NotFoundException } from '@gru/errors';
import { EntityManager, In, Repository } from 'typeorm';
import type { ContactChannel } from './contact-channel';
import { normaliseContactPoints } from './identity/citizen-identity';
import { nameKey } from './identity/name-key';
import { TerritorialAttachment } from './identity/territorial-attachment';
import { Citizen, Civility } from './persistence/citizen.entity';

export interface NewCitizen {
  readonly civility?: Civility | null;
  readonly firstName?: string | null;
  readonly lastName?: string | null;
  readonly phones?: string[];
  readonly emails?: string[];
  readonly addressLine?: string | null;
  readonly postcode?: string | null;
  readonly inseeCode?: string | null;
  readonly preferredChannel?: ContactChannel | null;
  readonly contactConsent?: boolean;
}

export type CitizenChanges = Partial<NewCitizen>;

/** The citizens table's only reader and writer (besides merge and privacy, which it also owns). */
/** A citizen's antenna of attachment and the record it was merged into, if any. */
export interface CitizenPlacement {
  readonly id: string;
  readonly antennaId: string | null;
  readonly mergedIntoId: string | null;
}

@Injectable()
export class CitizenDirectory {
  constructor(
    @InjectRepository(Citizen) private readonly citizens: Repository<Citizen>,
    private readonly attachment: TerritorialAttachment,
  ) {}

  async create(input: NewCitizen): Promise<Citizen> {
    return this.citizens.save(this.build(input));
  }

  /**
   * Many new records in one multi-row insert, in the caller's transaction when given (a mailbox
   * window files all its new senders at once); same order as `inputs`.
   */
  async createMany(inputs: readonly NewCitizen[], manager?: EntityManager): Promise<Citizen[]> {
    if (inputs.length === 0) return [];
    const citizens = inputs.map((input) => this.build(input));
    const generated = (await insertRows(manager ?? this.citizens.manager, Citizen, citizens, [
      'id',
      'created_at',
      'updated_at',
    ])) as { id: string; created_at: Date; updated_at: Date }[];
    citizens.forEach((citizen, index) => {
      citizen.id = generated[index].id;
      citizen.createdAt = generated[index].created_at;
      citizen.updatedAt = generated[index].updated_at;
    });
    return citizens;
  }

  private build(input: NewCitizen): Citizen {
    const { phones, emails } = normaliseContactPoints({
      phones: input.phones,
      emails: input.emails,
    });
    const place = this.attachment.of(input);
    return this.citizens.create({
      civility: input.civility ?? null,
      firstName: clean(input.firstName),
      lastName: clean(input.lastName),
      nameKey: nameKey(input.lastName, input.firstName),
      phones,
      emails,
      addressLine: clean(input.addressLine),
      ...place,
      preferredChannel: input.preferredChannel ?? null,
      contactConsent: input.contactConsent ?? false,
      consentRecordedAt: input.contactConsent === undefined ? null : new Date(),
      anonymisedAt: null,
      mergedIntoId: null,
    });
  }

  async update(id: string, changes: CitizenChanges): Promise<{ before: Citizen; after: Citizen }> {
    const before = await this.get(id);
    const contactPoints = normaliseContactPoints({
      phones: changes.phones,
      emails: changes.emails,
    });
    const placeChanged = changes.postcode !== undefined || changes.inseeCode !== undefined;
    const place = placeChanged
      ? this.attachment.of({
          postcode: changes.postcode ?? before.postcode,
          inseeCode:
            changes.inseeCode ?? (changes.postcode !== undefined ? null : before.inseeCode),
        })
      : {};
    const firstName = changes.firstName !== undefined ? clean(changes.firstName) : before.firstName;
    const lastName = changes.lastName !== undefined ? clean(changes.lastName) : before.lastName;
    const after = this.citizens.merge(this.citizens.create(before), {
      ...(changes.civility !== undefined ? { civility: changes.civility } : {}),
      firstName,
      lastName,
      nameKey: nameKey(lastName, firstName),
      ...(changes.phones !== undefined ? { phones: contactPoints.phones } : {}),
      ...(changes.emails !== undefined ? { emails: contactPoints.emails } : {}),
      ...(changes.addressLine !== undefined ? { addressLine: clean(changes.addressLine) } : {}),
      ...place,
      ...(changes.preferredChannel !== undefined
        ? { preferredChannel: changes.preferredChannel }
        : {}),
      ...(changes.contactConsent !== undefined
        ? { contactConsent: changes.contactConsent, consentRecordedAt: new Date() }
        : {}),
    });
    return { before, after: await this.citizens.save(after) };
  }

  async get(id: string): Promise<Citizen> {
    const citizen = await this.citizens.findOne({ where: { id } });
    if (!citizen) throw new NotFoundException('citizen', id);
    return citizen;
  }

  /** These citizens by id (missing ones absent), read in the caller's transaction when given. */
  /**
   * Where each of these citizens' requests go (in the caller's transaction when given: a window
   * reads the citizens it has just created): one array parameter, no whole records hydrated.
   */
  async placements(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, CitizenPlacement>> {
    if (ids.length === 0) return new Map();
    const found = await (manager ?? this.citizens.manager).query<
      { id: string; antenna_id: string | null; merged_into_id: string | null }[]
    >('SELECT id, antenna_id, merged_into_id FROM citizens WHERE id = ANY($1::uuid[])', [
      [...new Set(ids)],
    ]);
    return new Map(
      found.map((row) => [
        row.id,
        { id: row.id, antennaId: row.antenna_id, mergedIntoId: row.merged_into_id },
      ]),
    );
  }

  async antennaOf(id: string): Promise<string | null> {
    return (await this.get(id)).antennaId;
  }

  /** One page of an antenna's portfolio, in name order, keyset-paged on (name key, id). */
  byAntenna(
    antennaId: string,
    page: { limit?: number; after?: { nameKey: string; id: string } } = {},
  ): Promise<Citizen[]> {
    const query = this.citizens
      .createQueryBuilder('citizen')
      .where(
        'citizen.antenna_id = :antennaId AND citizen.merged_into_id IS NULL AND citizen.anonymised_at IS NULL',
        { antennaId },
      )
      .orderBy('citizen.name_key', 'ASC')
      .addOrderBy('citizen.id', 'ASC')
      .limit(Math.min(page.limit ?? 50, 200));
    if (page.after)
      query.andWhere('(citizen.name_key, citizen.id) > (:afterKey, :afterId)', {
        afterKey: page.after.nameKey,
        afterId: page.after.id,
      });
    return query.getMany();
  }

  /** Display names ("Prénom NOM") of these citizens, for lists of their requests. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const found = await this.citizens.find({
      where: { id: In([...new Set(ids)]) },
      select: { id: true, firstName: true, lastName: true },
    });
    return new Map(
      found.map((citizen) => [
        citizen.id,
        [citizen.firstName, citizen.lastName?.toUpperCase()].filter(Boolean).join(' ') || null,
      ]),
    );
  }

  /** The ids, among these, of citizens neither anonymised nor merged away. */
  async stillIdentified(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.citizens
      .createQueryBuilder('citizen')
      .select('citizen.id', 'id')
      .where(
        'citizen.id IN (:...ids) AND citizen.anonymised_at IS NULL AND citizen.merged_into_id IS NULL',
        { ids },
      )
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Citizens whose commune is unknown: someone must qualify them before an antenna owns them. */
  triage(limit = 100, offset = 0): Promise<Citizen[]> {
    return this.citizens
      .createQueryBuilder('citizen')
      .where(
        'citizen.antenna_id IS NULL AND citizen.merged_into_id IS NULL AND citizen.anonymised_at IS NULL',
      )
      .orderBy('citizen.created_at', 'DESC')
      .limit(Math.min(limit, 500))
      .offset(offset)
      .getMany();
  }
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed : null;
}
