import { AntennaFile } from '../antennas/antenna.types';
import { perimeterHolders } from '../perimeter/perimeter-coverage';
import { PerimeterHolderRecord } from './perimeter-holder-record.entity';

/** What the database does not hold: the file's metadata and the mobile team (not a perimeter holder). */
export type AntennaFileFrame = Pick<
  AntennaFile,
  'description' | 'asOf' | 'organisation' | 'epciData' | 'mobileTeam'
>;

/** The rows the import writes for the file's holders, perimeters aside (they are versioned). */
export function holderRecordsOf(file: AntennaFile): PerimeterHolderRecord[] {
  const groupOf = new Map<string, string>();
  for (const group of file.sharedManagerGroups) {
    for (const id of group) {
      groupOf.set(id, group.join('+'));
    }
  }
  return perimeterHolders(file).map((holder, position) =>
    Object.assign(new PerimeterHolderRecord(), {
      id: holder.id,
      kind: holder.kind,
      name: holder.name,
      town: holder.town,
      inseeTown: holder.inseeTown,
      status: holder.kind === 'headquarters' ? 'headquarters' : holder.status,
      townAssumed: holder.kind === 'antenna' && holder.townAssumed,
      openedPerTable: holder.kind === 'antenna' ? holder.openedPerTable : null,
      note: holder.note,
      staffing: holder.kind === 'antenna' ? { ...holder.staffing } : null,
      managerGroup: groupOf.get(holder.id) ?? null,
      position,
      active: true,
    }),
  );
}

/** The reverse of `holderRecordsOf`: active holders in file order, with empty perimeters. */
export function composeAntennaFile(
  frame: AntennaFileFrame,
  records: readonly PerimeterHolderRecord[],
): AntennaFile {
  const active = records.filter((record) => record.active).sort((a, b) => a.position - b.position);
  const headquarters = active.find((record) => record.kind === 'headquarters');
  if (headquarters === undefined) {
    throw new Error('perimeter_holders has no active headquarters: run npm run territory:import');
  }
  const groups = new Map<string, string[]>();
  for (const record of active) {
    if (record.managerGroup !== null) {
      groups.set(record.managerGroup, record.managerGroup.split('+'));
    }
  }
  return {
    ...frame,
    antennas: active
      .filter((record) => record.kind === 'antenna')
      .map((record) => {
        const group = record.managerGroup?.split('+') ?? [];
        return {
          kind: 'antenna',
          id: record.id,
          name: record.name,
          town: record.town,
          inseeTown: record.inseeTown,
          status: record.status === 'proposed' ? 'proposed' : 'existing',
          townAssumed: record.townAssumed,
          openedPerTable: record.openedPerTable,
          note: record.note,
          epciSirens: [],
          staffing: record.staffing ?? {
            informationOfficers: 0,
            publicRelationsOfficers: 0,
            administrativeOfficers: 0,
          },
          sharedManagerWith: group.filter((id) => id !== record.id),
        };
      }),
    headquarters: {
      kind: 'headquarters',
      id: headquarters.id,
      name: headquarters.name,
      town: headquarters.town,
      inseeTown: headquarters.inseeTown,
      note: headquarters.note,
      epciSirens: [],
    },
    sharedManagerGroups: [...groups.values()],
  };
}

/** Field-by-field equality of two holder rows, so that an unchanged file writes nothing. */
export function sameHolderRecord(a: PerimeterHolderRecord, b: PerimeterHolderRecord): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

function comparable(record: PerimeterHolderRecord): unknown[] {
  const staffing = record.staffing;
  return [
    record.kind,
    record.name,
    record.town,
    record.inseeTown,
    record.status,
    record.townAssumed,
    record.openedPerTable,
    record.note,
    staffing && [
      staffing.informationOfficers,
      staffing.publicRelationsOfficers,
      staffing.administrativeOfficers,
    ],
    record.managerGroup,
    record.position,
    record.active,
  ];
}
