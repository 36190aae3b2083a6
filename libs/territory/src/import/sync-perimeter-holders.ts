import { EntityManager, In } from 'typeorm';
import { AntennaFile } from '../antennas/antenna.types';
import { holderRecordsOf, sameHolderRecord } from '../persistence/perimeter-holder-mapping';
import { PerimeterHolderRecord } from '../persistence/perimeter-holder-record.entity';

export interface HolderChanges {
  readonly added: readonly string[];
  readonly updated: readonly string[];
  /** Gone from the file; kept (old perimeter versions point at them) but no longer listed. */
  readonly deactivated: readonly string[];
}

/** Writes the holders whose descriptive fields differ from the file; perimeters are versioned apart. */
export async function syncPerimeterHolders(
  manager: EntityManager,
  file: AntennaFile,
  stored: readonly PerimeterHolderRecord[],
): Promise<HolderChanges> {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const records = holderRecordsOf(file);
  const toWrite = records.filter((record) => {
    const before = storedById.get(record.id);
    return before === undefined || !sameHolderRecord(before, record);
  });
  const fileIds = new Set(records.map((record) => record.id));
  const deactivated = stored
    .filter((record) => record.active && !fileIds.has(record.id))
    .map((record) => record.id);

  if (toWrite.length > 0) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PerimeterHolderRecord)
      .values(toWrite)
      .orUpdate(
        [
          'kind',
          'name',
          'town',
          'insee_town',
          'status',
          'town_assumed',
          'opened_per_table',
          'note',
          'staffing',
          'manager_group',
          'position',
          'active',
        ],
        ['id'],
      )
      .updateEntity(false)
      .execute();
  }
  if (deactivated.length > 0) {
    await manager.update(PerimeterHolderRecord, { id: In(deactivated) }, { active: false });
  }
  return {
    added: toWrite.filter((record) => !storedById.has(record.id)).map((record) => record.id),
    updated: toWrite.filter((record) => storedById.has(record.id)).map((record) => record.id),
    deactivated,
  };
}
