import { EntityManager } from 'typeorm';
import {
  HAUTS_DE_FRANCE_REGION_CODE,
  OfficialEpci,
  OfficialTerritory,
} from '../official-data/official-territory.types';
import { CommunePostcode } from './commune-postcode.entity';
import { Commune } from './commune.entity';
import { Epci } from './epci.entity';
import { PerimeterHolderRecord } from './perimeter-holder-record.entity';

/** Reads back what `territory:import` wrote, in the shapes the pure core works on. */
export class StoredTerritoryRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Null before the first import. Orders match the package's, so both sources build equal indexes. */
  async official(): Promise<OfficialTerritory | null> {
    const communes = await this.manager
      .getRepository(Commune)
      .find({ order: { inseeCode: 'ASC' } });
    if (communes.length === 0) {
      return null;
    }
    const [postcodes, epcis] = await Promise.all([
      this.manager
        .getRepository(CommunePostcode)
        .find({ order: { inseeCode: 'ASC', postcode: 'ASC' } }),
      this.manager.getRepository(Epci).find({ order: { siren: 'ASC' } }),
    ]);
    const postcodesOf = new Map<string, string[]>();
    for (const row of postcodes) {
      const list = postcodesOf.get(row.inseeCode) ?? [];
      list.push(row.postcode);
      postcodesOf.set(row.inseeCode, list);
    }
    const membersOf = new Map<string, string[]>();
    for (const commune of communes) {
      const members = membersOf.get(commune.epciSiren) ?? [];
      members.push(commune.inseeCode);
      membersOf.set(commune.epciSiren, members);
    }
    return {
      source: [...new Set(communes.map((commune) => commune.vintage))].join(' + '),
      regionCode: HAUTS_DE_FRANCE_REGION_CODE,
      communes: communes.map((commune) => ({
        inseeCode: commune.inseeCode,
        name: commune.name,
        departmentCode: commune.departmentCode,
        postcodes: postcodesOf.get(commune.inseeCode) ?? [],
        population: commune.population,
        epciSiren: commune.epciSiren,
      })),
      epcis: epcis.map((epci): OfficialEpci => ({
        siren: epci.siren,
        name: epci.name,
        type: epci.type,
        memberInseeCodes: membersOf.get(epci.siren) ?? [],
        outOfRegionMemberCount: epci.outOfRegionMemberCount,
      })),
    };
  }

  /** Active and inactive, in file order. */
  holders(): Promise<PerimeterHolderRecord[]> {
    return this.manager.getRepository(PerimeterHolderRecord).find({ order: { position: 'ASC' } });
  }
}
