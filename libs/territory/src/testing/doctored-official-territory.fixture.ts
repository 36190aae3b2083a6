import { OfficialCommune, OfficialTerritory } from '../official-data/official-territory.types';

export interface DoctoredVintage {
  readonly official: OfficialTerritory;
  readonly absorbed: OfficialCommune;
  readonly absorbing: OfficialCommune;
}

const CRAMONT = '80221';
export const CC_PONTHIEU_MARQUENTERRE = '200070936';
export const CC_TERRITOIRE_NORD_PICARDIE = '200070951';
export const CA_AMIENS = '248000531';

/**
 * A made-up next vintage of the real data, with one change of each kind a real vintage brings:
 * Cramont renamed and moved to an EPCI of the Amiens antenna, the first commune of the region
 * merged into a neighbour of its EPCI, CA Amiens Métropole renamed.
 */
export function doctoredNextVintage(real: OfficialTerritory): DoctoredVintage {
  const absorbed = real.communes[0];
  const absorbing = real.communes.find(
    (commune) => commune !== absorbed && commune.epciSiren === absorbed.epciSiren,
  )!;
  const communes = real.communes
    .filter((commune) => commune !== absorbed)
    .map((commune): OfficialCommune => {
      if (commune === absorbing) {
        return {
          ...commune,
          population: commune.population + absorbed.population,
          postcodes: [...new Set([...commune.postcodes, ...absorbed.postcodes])].sort(),
        };
      }
      if (commune.inseeCode === CRAMONT) {
        return { ...commune, name: 'Cramont-en-Ponthieu', epciSiren: CC_TERRITOIRE_NORD_PICARDIE };
      }
      return commune;
    });
  const epcis = real.epcis.map((epci) => ({
    ...epci,
    name: epci.siren === CA_AMIENS ? 'CA Amiens Métropole (nouveau nom)' : epci.name,
    memberInseeCodes: communes
      .filter((commune) => commune.epciSiren === epci.siren)
      .map((commune) => commune.inseeCode),
  }));
  return {
    official: { ...real, source: '@etalab/decoupage-administratif 6.1.0-test', communes, epcis },
    absorbed,
    absorbing,
  };
}

/** Some EPCIs merged under a new SIREN, as a vintage after a fusion of intercommunalités has it. */
export function withMergedEpcis(
  real: OfficialTerritory,
  merged: readonly string[],
  into: { readonly siren: string; readonly name: string },
): OfficialTerritory {
  const communes = real.communes.map((commune) =>
    merged.includes(commune.epciSiren) ? { ...commune, epciSiren: into.siren } : commune,
  );
  const parts = real.epcis.filter((epci) => merged.includes(epci.siren));
  return {
    ...real,
    source: '@etalab/decoupage-administratif 6.2.0-test',
    communes,
    epcis: [
      ...real.epcis.filter((epci) => !merged.includes(epci.siren)),
      {
        siren: into.siren,
        name: into.name,
        type: 'CA',
        memberInseeCodes: parts.flatMap((epci) => epci.memberInseeCodes),
        outOfRegionMemberCount: parts.reduce((sum, epci) => sum + epci.outOfRegionMemberCount, 0),
      },
    ],
  };
}
