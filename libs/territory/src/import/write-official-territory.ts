import { EntityManager, In, ObjectLiteral } from 'typeorm';
import { OfficialTerritory } from '../official-data/official-territory.types';
import { CommunePostcode } from '../persistence/commune-postcode.entity';
import { Commune } from '../persistence/commune.entity';
import { Epci } from '../persistence/epci.entity';
import { OfficialTerritoryDiff } from './official-territory-diff';

// Well under PostgreSQL's 65,535 bind parameters for the widest row (6 columns).
const CHUNK = 1000;

/** Applies a diff with multi-row statements; the caller holds the transaction. */
export async function writeOfficialTerritory(
  manager: EntityManager,
  diff: OfficialTerritoryDiff,
  official: OfficialTerritory,
): Promise<void> {
  const vintage = official.source;
  // Parents first, children last: communes point at EPCIs, postcodes at communes.
  await upsert(
    manager,
    Epci,
    diff.epcisToWrite.map((epci) => ({
      siren: epci.siren,
      name: epci.name,
      type: epci.type,
      outOfRegionMemberCount: epci.outOfRegionMemberCount,
      vintage,
    })),
    ['siren'],
    ['name', 'type', 'out_of_region_member_count', 'vintage'],
  );
  await upsert(
    manager,
    Commune,
    diff.communesToWrite.map((commune) => ({
      inseeCode: commune.inseeCode,
      name: commune.name,
      departmentCode: commune.departmentCode,
      population: commune.population,
      epciSiren: commune.epciSiren,
      vintage,
    })),
    ['insee_code'],
    ['name', 'department_code', 'population', 'epci_siren', 'vintage'],
  );

  const rewritten = new Set(diff.postcodesToRewrite);
  for (const codes of chunks([...rewritten])) {
    await manager.delete(CommunePostcode, { inseeCode: In(codes) });
  }
  const postcodeRows = official.communes
    .filter((commune) => rewritten.has(commune.inseeCode))
    .flatMap((commune) =>
      commune.postcodes.map((postcode) => ({ inseeCode: commune.inseeCode, postcode })),
    );
  await upsert(manager, CommunePostcode, postcodeRows, [], []);

  // Postcode rows of removed communes go with them (ON DELETE CASCADE).
  for (const codes of chunks(diff.changes.communesRemoved.map((commune) => commune.code))) {
    await manager.delete(Commune, { inseeCode: In(codes) });
  }
  for (const sirens of chunks(diff.changes.epcisRemoved.map((epci) => epci.code))) {
    await manager.delete(Epci, { siren: In(sirens) });
  }
}

/** Multi-row INSERT … ON CONFLICT DO UPDATE; a plain insert when `update` is empty. */
async function upsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: readonly T[],
  conflict: string[],
  update: string[],
): Promise<void> {
  for (const chunk of chunks(rows)) {
    const insert = manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(chunk)
      .updateEntity(false);
    await (update.length > 0 ? insert.orUpdate(update, conflict) : insert).execute();
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    result.push(items.slice(start, start + CHUNK));
  }
  return result;
}
