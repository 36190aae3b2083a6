import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug such as "saint-quentin"');
const siren = z.string().regex(/^[0-9]{9}$/, 'expected a nine-digit SIREN');
const inseeCode = z
  .string()
  .regex(/^[0-9][0-9AB][0-9]{3}$/, 'expected a five-character INSEE code');
const isoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'expected a date as YYYY-MM-DD');
const headcount = z.number().int().nonnegative();

const antennaEntrySchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    town: z.string().min(1),
    inseeTown: inseeCode,
    status: z.enum(['existing', 'proposed']),
    townAssumed: z.boolean().optional(),
    openedPerTable: isoDate.nullable(),
    note: z.string().optional(),
    epci: z.array(siren).min(1),
    staffing: z
      .object({
        informationOfficers: headcount,
        publicRelationsOfficers: headcount,
        administrativeOfficers: headcount,
      })
      .strict(),
    sharedManagerWith: z.array(slug),
  })
  .strict();

const headquartersEntrySchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    town: z.string().min(1),
    inseeTown: inseeCode,
    status: z.literal('headquarters'),
    openedPerTable: isoDate.nullable(),
    note: z.string().optional(),
    epci: z.array(siren).min(1),
  })
  .strict();

export type AntennaEntry = z.infer<typeof antennaEntrySchema>;
export type HeadquartersEntry = z.infer<typeof headquartersEntrySchema>;

/** The shape of config/antennas.json, field for field; `parseAntennaFile` maps it to the domain types. */
export const antennaFileSchema = z
  .object({
    description: z.string(),
    asOf: isoDate,
    organisation: z.string(),
    epciData: z.string(),
    statusLegend: z.record(z.string(), z.string()),
    sharedManagerGroups: z.array(z.array(slug).min(2)),
    mobileTeam: z
      .object({
        id: slug,
        name: z.string().min(1),
        informationOfficers: headcount,
        note: z.string().optional(),
      })
      .strict(),
    // The head office sits in the same list as the antennas, told apart by its status.
    antennas: z.array(
      z.discriminatedUnion('status', [antennaEntrySchema, headquartersEntrySchema]),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seenIds = new Set<string>([file.mobileTeam.id]);
    file.antennas.forEach((entry, index) => {
      if (seenIds.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['antennas', index, 'id'],
          message: `id "${entry.id}" is used twice`,
        });
      }
      seenIds.add(entry.id);
    });

    const headquartersCount = file.antennas.filter(
      (entry) => entry.status === 'headquarters',
    ).length;
    if (headquartersCount !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['antennas'],
        message: `expected exactly one entry with status "headquarters", found ${headquartersCount}`,
      });
    }

    const antennaIds = new Set(
      file.antennas.filter((entry) => entry.status !== 'headquarters').map((e) => e.id),
    );
    const groupOf = new Map<string, readonly string[]>();
    file.sharedManagerGroups.forEach((group, groupIndex) => {
      group.forEach((id, memberIndex) => {
        const path = ['sharedManagerGroups', groupIndex, memberIndex];
        if (!antennaIds.has(id)) {
          ctx.addIssue({ code: 'custom', path, message: `"${id}" is not an antenna id` });
        } else if (groupOf.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `antenna "${id}" is in more than one shared-manager group`,
          });
        }
        groupOf.set(id, group);
      });
    });

    // sharedManagerWith repeats the groups on each antenna; the two must agree or one of them is a typo.
    file.antennas.forEach((entry, index) => {
      if (entry.status === 'headquarters') {
        return;
      }
      const expected = (groupOf.get(entry.id) ?? []).filter((id) => id !== entry.id);
      const actual = entry.sharedManagerWith;
      const agrees =
        actual.length === expected.length && expected.every((id) => actual.includes(id));
      if (!agrees) {
        ctx.addIssue({
          code: 'custom',
          path: ['antennas', index, 'sharedManagerWith'],
          message: `"${entry.id}" lists [${actual.join(', ')}] but sharedManagerGroups give [${expected.join(', ')}]`,
        });
      }
    });
  });

export type RawAntennaFile = z.infer<typeof antennaFileSchema>;
