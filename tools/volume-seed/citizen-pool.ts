import { Civility, ContactChannel, nameKey } from '@gru/citizens';
import type { CommuneView, TerritoryIndex } from '@gru/territory';
import { SeededRandom, WeightedPick } from '@gru/random';
import { tsvText, tsvTextArray, tsvTime, NULL } from './copy-writer';
import {
  EMAIL_DOMAINS,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  STREET_NAMES,
  SURNAMES,
} from './french-names';
import { seededUuid } from './seeded-uuid';
import type { VolumePlan } from './volume-plan';

export const CITIZEN_COLUMNS =
  'citizens (id, civility, first_name, last_name, name_key, phones, emails, address_line, postcode, insee_code, ' +
  'antenna_id, preferred_channel, contact_consent, consent_recorded_at, created_at, updated_at)';

const NO_PLACE = 0xffff;
// Frequent users: a few "heavy" citizens with dozens of requests and hundreds of contacts, and
// regulars with several; the rest come once or twice, older records more often.
const HEAVY_STRIDE = 2000;
const HEAVY_SHARE = 0.015;
const REGULAR_STRIDE = 20;
const REGULAR_SHARE = 0.2;
// One citizen in ten comes from the tool GRU replaced, imported in the first minute of the period:
// without them the first days' requests would all fall on the first few citizens.
const LEGACY_SHARE = 0.1;

const PREFERRED_CHANNELS = new WeightedPick<ContactChannel | null>([
  [null, 35],
  [ContactChannel.Phone, 33],
  [ContactChannel.Email, 20],
  [ContactChannel.Letter, 6],
  [ContactChannel.Visit, 5],
  [ContactChannel.Web, 1],
]);

/**
 * The seeded citizens, kept as typed arrays (creation time, commune) for the requests and contacts
 * that refer to them; ids are recomputed from the index. Created in time order (the legacy import,
 * then evenly over the period), so "the citizens known at instant T" is a prefix of the pool.
 */
export class CitizenPool {
  readonly createdAt: Float64Array;
  private readonly commune: Uint16Array;
  private readonly communes: readonly CommuneView[];
  private readonly span: number;
  private readonly legacy: number;

  constructor(
    readonly count: number,
    private readonly salt: number,
    private readonly plan: VolumePlan,
    territory: TerritoryIndex,
    random: SeededRandom,
  ) {
    this.communes = territory.communes();
    const byPopulation = new WeightedPick(
      this.communes.map((commune, index) => [index, commune.population] as const),
    );
    this.span = plan.until - plan.start;
    this.legacy = Math.max(1, Math.floor(count * LEGACY_SHARE));
    const later = Math.max(1, count - this.legacy);
    this.createdAt = new Float64Array(count);
    this.commune = new Uint16Array(count);
    for (let i = 0; i < count; i += 1) {
      this.createdAt[i] =
        i < this.legacy
          ? plan.start + (i / this.legacy) * 60_000
          : plan.start +
            60_000 +
            ((i - this.legacy + random.next()) / later) * (this.span - 60_000);
      // About 2 % have no known commune yet: no antenna, they wait in the triage list.
      this.commune[i] = random.chance(0.02) ? NO_PLACE : byPopulation.draw(random);
    }
  }

  id(index: number): string {
    return seededUuid(this.salt, index);
  }

  antennaOf(index: number): string | null {
    const commune = this.commune[index];
    return commune === NO_PLACE ? null : this.communes[commune].antennaId;
  }

  /** A citizen whose record exists at `instant` (at least a minute into the period). */
  pickAt(random: SeededRandom, instant: number): number {
    const since = (instant - this.plan.start - 60_000) / (this.span - 60_000);
    const known = Math.min(
      this.count,
      this.legacy + Math.max(0, Math.floor(since * (this.count - this.legacy))),
    );
    const roll = random.next();
    if (roll < HEAVY_SHARE)
      return random.int(0, Math.floor((known - 1) / HEAVY_STRIDE)) * HEAVY_STRIDE;
    if (roll < HEAVY_SHARE + REGULAR_SHARE)
      return random.int(0, Math.floor((known - 1) / REGULAR_STRIDE)) * REGULAR_STRIDE;
    return random.int(0, known - 1);
  }

  /** The citizens table's TSV line for citizen `index`. */
  row(index: number, random: SeededRandom): string {
    const female = random.chance(0.52);
    const firstName = random.pickSkewed(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES, 1.4);
    const lastName = random.chance(0.06)
      ? `${random.pickSkewed(SURNAMES, 1.3)}-${random.pickSkewed(SURNAMES, 1.3)}`
      : random.pickSkewed(SURNAMES, 1.3);
    const civility = random.chance(0.05) ? null : female ? Civility.Madame : Civility.Monsieur;
    const phones = random.chance(0.8) ? [randomPhone(random)] : [];
    const emails = random.chance(0.5) ? [randomEmail(random, firstName, lastName)] : [];
    const communeIndex = this.commune[index];
    const commune = communeIndex === NO_PLACE ? undefined : this.communes[communeIndex];
    const address =
      commune && random.chance(0.9) ? `${random.int(1, 180)} ${random.pick(STREET_NAMES)}` : null;
    const created = tsvTime(this.createdAt[index]);
    const consent = random.next();
    return [
      this.id(index),
      civility ?? NULL,
      tsvText(firstName),
      tsvText(lastName),
      tsvText(nameKey(lastName, firstName)),
      tsvTextArray(phones),
      tsvTextArray(emails),
      tsvText(address),
      commune ? random.pick(commune.postcodes) : NULL,
      commune ? commune.inseeCode : NULL,
      tsvText(commune?.antennaId),
      PREFERRED_CHANNELS.draw(random) ?? NULL,
      consent < 0.55 ? 't' : 'f',
      consent < 0.75 ? created : NULL,
      created,
      created,
    ].join('\t');
  }
}

const MOBILE_SECOND_DIGITS = '01245678';
const MOBILE_7_SECOND_DIGITS = '3456789';

/** Valid French numbers in E.164: mobiles (06, 07) and the region's landlines (03). */
function randomPhone(random: SeededRandom): string {
  const kind = random.next();
  if (kind < 0.6)
    return `+336${MOBILE_SECOND_DIGITS[random.int(0, MOBILE_SECOND_DIGITS.length - 1)]}${random.digits(7)}`;
  if (kind < 0.75)
    return `+337${MOBILE_7_SECOND_DIGITS[random.int(0, MOBILE_7_SECOND_DIGITS.length - 1)]}${random.digits(7)}`;
  return `+333${random.int(2, 9)}${random.digits(7)}`;
}

function randomEmail(random: SeededRandom, firstName: string, lastName: string): string {
  const first = nameKey(firstName).replace(/ /g, '-');
  const last = nameKey(lastName).replace(/ /g, '-');
  const local = random.chance(0.7) ? `${first}.${last}` : `${first[0]}${last}`;
  const suffix = random.chance(0.5) ? String(random.int(1, 9999)) : '';
  return `${local}${suffix}@${random.pick(EMAIL_DOMAINS)}`;
}
