import { EntityManager } from 'typeorm';

export interface TerritoryCounts {
  readonly communes: number;
  readonly postcodes: number;
  readonly epcis: number;
  readonly activeHolders: number;
  readonly perimeterVersions: number;
  readonly population: number;
}

export async function countTerritoryRows(manager: EntityManager): Promise<TerritoryCounts> {
  const [row] = await manager.query<Record<keyof TerritoryCounts, string>[]>(`
    SELECT (SELECT count(*) FROM communes) AS communes,
           (SELECT count(DISTINCT postcode) FROM commune_postcodes) AS postcodes,
           (SELECT count(*) FROM epcis) AS epcis,
           (SELECT count(*) FROM perimeter_holders WHERE active) AS "activeHolders",
           (SELECT count(*) FROM perimeter_versions) AS "perimeterVersions",
           (SELECT coalesce(sum(population), 0) FROM communes) AS population`);
  return {
    communes: Number(row?.communes),
    postcodes: Number(row?.postcodes),
    epcis: Number(row?.epcis),
    activeHolders: Number(row?.activeHolders),
    perimeterVersions: Number(row?.perimeterVersions),
    population: Number(row?.population),
  };
}
