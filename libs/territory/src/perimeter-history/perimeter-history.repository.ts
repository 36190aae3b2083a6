import { EntityManager } from 'typeorm';
import { EpciSirensByHolder, holderIdByEpciOf } from '../perimeter/perimeter-assignments';
import { PerimeterAssignment } from '../persistence/perimeter-assignment.entity';
import { PerimeterOrigin, PerimeterVersion } from '../persistence/perimeter-version.entity';
import { PerimeterSnapshot, PerimeterVersionSummary } from './perimeter-snapshot';

export interface NewPerimeterVersion {
  readonly effectiveFrom: Date;
  readonly createdBy: string | null;
  readonly reason: string;
  readonly origin: PerimeterOrigin;
}

const CHUNK = 1000;

/** Perimeter versions: append-only, read by effective date so that any past routing can be replayed. */
export class PerimeterHistoryRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The version in effect at `at`: the latest effective date not after it, the later one on a tie. */
  async perimeterAt(at: Date): Promise<PerimeterSnapshot | null> {
    const version = await this.versions()
      .createQueryBuilder('version')
      .where('version.effectiveFrom <= :at', { at })
      .orderBy('version.effectiveFrom', 'DESC')
      .addOrderBy('version.id', 'DESC')
      .getOne();
    return version === null ? null : this.snapshotOf(version);
  }

  async version(id: number): Promise<PerimeterSnapshot | null> {
    const version = await this.versions().findOneBy({ id });
    return version === null ? null : this.snapshotOf(version);
  }

  /** The version in effect at `at`, then every version scheduled after it. */
  async inEffectFrom(at: Date): Promise<PerimeterSnapshot[]> {
    const current = await this.perimeterAt(at);
    const scheduled = await this.versions()
      .createQueryBuilder('version')
      .where('version.effectiveFrom > :at', { at })
      .orderBy('version.effectiveFrom', 'ASC')
      .addOrderBy('version.id', 'ASC')
      .getMany();
    const later = await Promise.all(scheduled.map((version) => this.snapshotOf(version)));
    return current === null ? later : [current, ...later];
  }

  async nextChangeAfter(at: Date): Promise<Date | null> {
    const next = await this.versions()
      .createQueryBuilder('version')
      .where('version.effectiveFrom > :at', { at })
      .orderBy('version.effectiveFrom', 'ASC')
      .getOne();
    return next?.effectiveFrom ?? null;
  }

  /** Newest first, by effective date. */
  async list(): Promise<PerimeterVersionSummary[]> {
    const versions = await this.versions().find({ order: { effectiveFrom: 'DESC', id: 'DESC' } });
    return versions.map(summaryOf);
  }

  async latest(origin?: PerimeterOrigin): Promise<PerimeterSnapshot | null> {
    const version = await this.versions().findOne({
      where: origin === undefined ? {} : { origin },
      order: { id: 'DESC' },
    });
    return version === null ? null : this.snapshotOf(version);
  }

  async insert(
    fields: NewPerimeterVersion,
    perimeter: EpciSirensByHolder,
  ): Promise<PerimeterSnapshot> {
    const inserted = await this.versions().save(this.versions().create(fields));
    const rows = [...perimeter].flatMap(([holderId, sirens]) =>
      sirens.map((epciSiren, position) => ({
        versionId: inserted.id,
        epciSiren,
        holderId,
        position,
      })),
    );
    for (let start = 0; start < rows.length; start += CHUNK) {
      await this.manager
        .createQueryBuilder()
        .insert()
        .into(PerimeterAssignment)
        .values(rows.slice(start, start + CHUNK))
        .updateEntity(false)
        .execute();
    }
    return this.snapshotOf(inserted);
  }

  private versions() {
    return this.manager.getRepository(PerimeterVersion);
  }

  private async snapshotOf(version: PerimeterVersion): Promise<PerimeterSnapshot> {
    const rows = await this.manager.getRepository(PerimeterAssignment).find({
      where: { versionId: version.id },
      order: { holderId: 'ASC', position: 'ASC' },
    });
    const epciSirensByHolder = new Map<string, string[]>();
    for (const row of rows) {
      const sirens = epciSirensByHolder.get(row.holderId) ?? [];
      sirens.push(row.epciSiren);
      epciSirensByHolder.set(row.holderId, sirens);
    }
    return {
      version: summaryOf(version),
      epciSirensByHolder,
      holderIdByEpci: holderIdByEpciOf(epciSirensByHolder),
    };
  }
}

function summaryOf(version: PerimeterVersion): PerimeterVersionSummary {
  return {
    id: version.id,
    effectiveFrom: version.effectiveFrom,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    reason: version.reason,
    origin: version.origin,
  };
}
