import { ContactChannel } from '@gru/citizens';
import { SeededRandom, WeightedPick } from '@gru/random';
import { formatReference, RequestEventType, RequestPriority, RequestStatus } from '@gru/requests';
import type { CitizenPool } from './citizen-pool';
import { NULL, tsvText, tsvTime } from './copy-writer';
import { AID_SCHEMES, REQUEST_SUBJECTS } from './french-names';
import type { SeedDueDates } from './seed-due-dates';
import { seededUuid } from './seeded-uuid';
import { DAY_MS, officeInstant, VolumePlan } from './volume-plan';

export const REQUEST_COLUMNS =
  'requests (id, reference, citizen_id, subject, aid_scheme_slug, channel, status, priority, antenna_id, due_at, ' +
  'sla_state, created_at, updated_at, resolved_at, closed_at)';
export const REQUEST_EVENT_COLUMNS =
  'request_events (request_id, occurred_at, type, before, after)';

/** The channel mix, shared by requests and contacts. */
export const CHANNELS: readonly ContactChannel[] = Object.values(ContactChannel);
export const CHANNEL_MIX = new WeightedPick<number>([
  [CHANNELS.indexOf(ContactChannel.Phone), 55],
  [CHANNELS.indexOf(ContactChannel.Email), 25],
  [CHANNELS.indexOf(ContactChannel.Letter), 10],
  [CHANNELS.indexOf(ContactChannel.Visit), 8],
  [CHANNELS.indexOf(ContactChannel.Web), 2],
]);
export const NO_SCHEME = 0xff;

const STATUSES: readonly RequestStatus[] = Object.values(RequestStatus);
const status = (value: RequestStatus) => STATUSES.indexOf(value);
const PRIORITY_VALUES: readonly RequestPriority[] = Object.values(RequestPriority);
const PRIORITIES = new WeightedPick<number>([
  [PRIORITY_VALUES.indexOf(RequestPriority.Normal), 80],
  [PRIORITY_VALUES.indexOf(RequestPriority.Low), 8],
  [PRIORITY_VALUES.indexOf(RequestPriority.High), 10],
  [PRIORITY_VALUES.indexOf(RequestPriority.Urgent), 2],
]);
// Old requests are closed; the open ones are the last months' (plus a few forgotten ones).
const STATUS_BY_AGE: readonly (readonly [number, WeightedPick<number>])[] = [
  [
    60,
    mix([
      [RequestStatus.Closed, 15],
      [RequestStatus.Resolved, 20],
      [RequestStatus.New, 20],
      [RequestStatus.Qualified, 15],
      [RequestStatus.InProgress, 20],
      [RequestStatus.WaitingCitizen, 10],
    ]),
  ],
  [
    180,
    mix([
      [RequestStatus.Closed, 60],
      [RequestStatus.Resolved, 15],
      [RequestStatus.InProgress, 15],
      [RequestStatus.WaitingCitizen, 10],
    ]),
  ],
  [
    Infinity,
    mix([
      [RequestStatus.Closed, 985],
      [RequestStatus.Resolved, 10],
      [RequestStatus.InProgress, 3],
      [RequestStatus.WaitingCitizen, 2],
    ]),
  ],
];

function mix(entries: [RequestStatus, number][]): WeightedPick<number> {
  return new WeightedPick(entries.map(([value, weight]) => [status(value), weight] as const));
}

/**
 * The seeded requests as typed arrays: the contacts seeded next link to them (same citizen, same
 * channel, around the same time). References are sequential per year in creation order.
 */
export class RequestBook {
  readonly citizen: Uint32Array;
  readonly createdAt: Float64Array;
  readonly channel: Uint8Array;
  readonly scheme: Uint8Array;
  /** Closing (or resolution) instant: a follow-up contact cannot come after it. */
  readonly endAt: Float64Array;
  /** A later contact about the request (NaN: none). */
  readonly followUpAt: Float64Array;
  private readonly year: Uint16Array;
  private readonly sequence: Uint32Array;
  private readonly status: Uint8Array;
  private readonly progressAt: Float64Array;
  private readonly resolvedAt: Float64Array;
  private readonly closedAt: Float64Array;
  private readonly dueAt: Float64Array;
  private readonly subject: Uint8Array;
  private readonly priority: Uint8Array;

  constructor(
    readonly count: number,
    private readonly salt: number,
    private readonly citizens: CitizenPool,
    plan: VolumePlan,
    lastSequences: ReadonlyMap<number, number>,
    dueDates: SeedDueDates,
    random: SeededRandom,
  ) {
    [this.citizen, this.sequence] = [new Uint32Array(count), new Uint32Array(count)];
    [this.createdAt, this.endAt, this.followUpAt] = [
      new Float64Array(count),
      new Float64Array(count),
      new Float64Array(count),
    ];
    [this.progressAt, this.resolvedAt, this.closedAt, this.dueAt] = [
      new Float64Array(count),
      new Float64Array(count),
      new Float64Array(count),
      new Float64Array(count),
    ];
    [this.channel, this.scheme, this.status, this.subject, this.priority] = [
      new Uint8Array(count),
      new Uint8Array(count),
      new Uint8Array(count),
      new Uint8Array(count),
      new Uint8Array(count),
    ];
    this.year = new Uint16Array(count);
    let index = 0;
    for (const window of plan.years) {
      const times = new Float64Array(window.requests)
        .map(() => officeInstant(random, window.start, window.end))
        .sort();
      const first = lastSequences.get(window.year) ?? 0;
      times.forEach((createdAt, k) => {
        this.year[index] = window.year;
        this.sequence[index] = first + k + 1;
        this.fill(index, createdAt, plan.until, dueDates, random);
        index += 1;
      });
    }
  }

  id(index: number): string {
    return seededUuid(this.salt, index);
  }

  /** The contact the request was opened from; follow-ups use the next range of contact indexes. */
  originContactIndex(index: number): number {
    return index;
  }

  followUpContactIndex(index: number): number {
    return this.count + index;
  }

  private fill(
    index: number,
    createdAt: number,
    until: number,
    dueDates: SeedDueDates,
    random: SeededRandom,
  ): void {
    const citizen = this.citizens.pickAt(random, createdAt);
    const channel = CHANNEL_MIX.draw(random);
    const scheme = random.chance(0.85) ? random.int(0, AID_SCHEMES.length - 1) : NO_SCHEME;
    const ageDays = (until - createdAt) / DAY_MS;
    const state = (STATUS_BY_AGE.find(([days]) => ageDays < days) ?? STATUS_BY_AGE[2])[1].draw(
      random,
    );
    const room = until - createdAt;
    let [progressAt, resolvedAt, closedAt] = [NaN, NaN, NaN];
    if (state >= status(RequestStatus.Resolved)) {
      resolvedAt = createdAt + random.next() ** 2 * Math.min(30 * DAY_MS, room);
      progressAt = createdAt + 0.3 * (resolvedAt - createdAt);
      if (state === status(RequestStatus.Closed))
        closedAt = resolvedAt + random.next() * Math.min(15 * DAY_MS, until - resolvedAt);
    } else if (state !== status(RequestStatus.New)) {
      progressAt = createdAt + random.next() * Math.min(10 * DAY_MS, room);
    }
    this.citizen[index] = citizen;
    this.createdAt[index] = createdAt;
    this.channel[index] = channel;
    this.scheme[index] = scheme;
    this.status[index] = state;
    [this.progressAt[index], this.resolvedAt[index], this.closedAt[index]] = [
      progressAt,
      resolvedAt,
      closedAt,
    ];
    this.endAt[index] = Number.isNaN(closedAt)
      ? Number.isNaN(resolvedAt)
        ? until
        : resolvedAt
      : closedAt;
    this.followUpAt[index] = random.chance(0.1)
      ? createdAt + random.next() * (this.endAt[index] - createdAt)
      : NaN;
    this.dueAt[index] = dueDates.dueAt(
      CHANNELS[channel],
      scheme === NO_SCHEME ? null : AID_SCHEMES[scheme],
      createdAt,
    );
    this.subject[index] = random.int(0, REQUEST_SUBJECTS.length - 1);
    this.priority[index] = PRIORITIES.draw(random);
  }

  reference(index: number): string {
    return formatReference(this.year[index], this.sequence[index]);
  }

  row(index: number): string {
    const scheme = this.scheme[index];
    return [
      this.id(index),
      this.reference(index),
      this.citizens.id(this.citizen[index]),
      tsvText(REQUEST_SUBJECTS[this.subject[index]]),
      scheme === NO_SCHEME ? NULL : AID_SCHEMES[scheme],
      CHANNELS[this.channel[index]],
      STATUSES[this.status[index]],
      PRIORITY_VALUES[this.priority[index]],
      tsvText(this.citizens.antennaOf(this.citizen[index])),
      tsvTime(this.dueAt[index]),
      'on_time',
      tsvTime(this.createdAt[index]),
      tsvTime(this.lastChangeAt(index)),
      tsvTime(this.resolvedAt[index]),
      tsvTime(this.closedAt[index]),
    ].join('\t');
  }

  /** The timeline the API would have written: creation, the opening contact, each status change. */
  events(
    index: number,
    contactIdOf: (contactIndex: number) => string,
    emit: (line: string) => void,
  ): void {
    const id = this.id(index);
    const event = (at: number, type: RequestEventType, before: object | null, after: object) =>
      emit(
        `${id}\t${tsvTime(at)}\t${type}\t${before ? tsvText(JSON.stringify(before)) : NULL}\t${tsvText(JSON.stringify(after))}`,
      );
    const change = (at: number, from: RequestStatus, to: RequestStatus) =>
      event(at, RequestEventType.StatusChanged, { status: from }, { status: to });
    const createdAt = this.createdAt[index];
    const antennaId = this.citizens.antennaOf(this.citizen[index]);
    event(createdAt, RequestEventType.Created, null, {
      reference: this.reference(index),
      status: RequestStatus.New,
      antennaId,
      dueAt: tsvTime(this.dueAt[index]),
    });
    event(createdAt, RequestEventType.ContactLinked, null, {
      contactId: contactIdOf(this.originContactIndex(index)),
    });
    const state = STATUSES[this.status[index]];
    const progressAt = this.progressAt[index];
    if (state === RequestStatus.Qualified)
      change(progressAt, RequestStatus.New, RequestStatus.Qualified);
    if (state !== RequestStatus.New && state !== RequestStatus.Qualified)
      change(progressAt, RequestStatus.New, RequestStatus.InProgress);
    if (state === RequestStatus.WaitingCitizen)
      change(this.lastChangeAt(index), RequestStatus.InProgress, RequestStatus.WaitingCitizen);
    if (state === RequestStatus.Resolved || state === RequestStatus.Closed)
      change(this.resolvedAt[index], RequestStatus.InProgress, RequestStatus.Resolved);
    if (state === RequestStatus.Closed)
      change(this.closedAt[index], RequestStatus.Resolved, RequestStatus.Closed);
    if (!Number.isNaN(this.followUpAt[index])) {
      event(this.followUpAt[index], RequestEventType.ContactLinked, null, {
        contactId: contactIdOf(this.followUpContactIndex(index)),
      });
    }
  }

  private lastChangeAt(index: number): number {
    const state = STATUSES[this.status[index]];
    if (state === RequestStatus.Closed) return this.closedAt[index];
    if (state === RequestStatus.Resolved) return this.resolvedAt[index];
    if (state === RequestStatus.New) return this.createdAt[index];
    // Waiting for the citizen since halfway between taking it in hand and the end of the period.
    if (state === RequestStatus.WaitingCitizen)
      return this.progressAt[index] + (this.endAt[index] - this.progressAt[index]) / 2;
    return this.progressAt[index];
  }
}
