import { ContactChannel } from '@gru/citizens';
import { SeededRandom, WeightedPick } from '@gru/random';
import { ContactDirection, ContactOutcome, ContactReason } from '@gru/requests';
import type { CitizenPool } from './citizen-pool';
import { NULL, tsvText, tsvTime } from './copy-writer';
import { AID_SCHEMES } from './french-names';
import { CHANNEL_MIX, CHANNELS, NO_SCHEME, RequestBook } from './request-book';
import { seededUuid } from './seeded-uuid';
import { DAY_MS, officeInstant, VolumePlan, yearIndexOf } from './volume-plan';

export const CONTACT_COLUMNS =
  'contacts (id, citizen_id, request_id, channel, direction, started_at, ended_at, duration_seconds, antenna_id, ' +
  'aid_scheme_slug, reason_code, outcome, details, created_at)';

const ANONYMOUS_SHARE = 0.1;
const MINUTE = 60_000;

const REASONS = new WeightedPick<ContactReason>([
  [ContactReason.Information, 30],
  [ContactReason.ApplicationHelp, 18],
  [ContactReason.ApplicationStatus, 18],
  [ContactReason.MissingDocuments, 10],
  [ContactReason.Payment, 8],
  [ContactReason.Complaint, 4],
  [ContactReason.TechnicalFault, 5],
  [ContactReason.Callback, 3],
  [ContactReason.Other, 4],
]);
const OUTCOMES: Record<ContactChannel, WeightedPick<ContactOutcome>> = {
  [ContactChannel.Phone]: new WeightedPick([
    [ContactOutcome.AnsweredOnTheSpot, 50],
    [ContactOutcome.Transferred, 10],
    [ContactOutcome.CallbackScheduled, 12],
    [ContactOutcome.Abandoned, 18],
    [ContactOutcome.OutOfHours, 6],
  ]),
  [ContactChannel.Visit]: new WeightedPick([
    [ContactOutcome.AnsweredOnTheSpot, 80],
    [ContactOutcome.Transferred, 10],
    [ContactOutcome.CallbackScheduled, 10],
  ]),
  ...Object.fromEntries(
    [ContactChannel.Email, ContactChannel.Letter, ContactChannel.Web].map((channel) => [
      channel,
      new WeightedPick([
        [ContactOutcome.Answered, 85],
        [ContactOutcome.Transferred, 10],
        [ContactOutcome.CallbackScheduled, 5],
      ]),
    ]),
  ),
} as Record<ContactChannel, WeightedPick<ContactOutcome>>;

interface Interaction {
  readonly citizen: number | null;
  readonly request: number | null;
  readonly channel: ContactChannel;
  readonly direction: ContactDirection;
  readonly startedAt: number;
  readonly durationSeconds: number | null;
  readonly antennaId: string | null;
  readonly scheme: string | null;
  readonly reason: ContactReason;
  readonly outcome: ContactOutcome;
}

/**
 * The contacts: first the ones tied to a request (the contact that opened it, sometimes a later
 * one), then per year enough citizen and anonymous contacts to reach the yearly volume.
 */
export class ContactLedger {
  /** Contacts per year that belong to no request, in year order. */
  readonly unlinkedPerYear: number[];
  private year = 0;
  private yearEnd: number;

  constructor(
    private readonly salt: number,
    private readonly plan: VolumePlan,
    private readonly citizens: CitizenPool,
    private readonly requests: RequestBook,
  ) {
    const linked = plan.years.map(() => 0);
    for (let r = 0; r < requests.count; r += 1) {
      linked[yearIndexOf(plan, requests.createdAt[r])] += 1;
      if (!Number.isNaN(requests.followUpAt[r]))
        linked[yearIndexOf(plan, requests.followUpAt[r])] += 1;
    }
    this.unlinkedPerYear = plan.years.map((window, y) => Math.max(0, window.contacts - linked[y]));
    this.yearEnd = this.unlinkedPerYear[0];
  }

  get unlinkedCount(): number {
    return this.unlinkedPerYear.reduce((sum, count) => sum + count, 0);
  }

  id(index: number): string {
    return seededUuid(this.salt, index);
  }

  /** The contact(s) of request `r`: the one it was opened from and maybe a follow-up. */
  writeLinked(r: number, random: SeededRandom, emit: (line: string) => void): void {
    const requests = this.requests;
    const channel = CHANNELS[requests.channel[r]];
    const duration = durationOf(channel, ContactOutcome.RequestCreated, random);
    const common = {
      citizen: requests.citizen[r],
      request: r,
      antennaId: this.citizens.antennaOf(requests.citizen[r]),
      scheme: requests.scheme[r] === NO_SCHEME ? null : AID_SCHEMES[requests.scheme[r]],
    };
    // Opened at the end of a call or visit, or some minutes after a written message arrived.
    const lead = duration === null ? random.int(10, 240) * MINUTE : duration * 1000;
    emit(
      this.line(requests.originContactIndex(r), {
        ...common,
        channel,
        direction: ContactDirection.Inbound,
        startedAt: requests.createdAt[r] - lead,
        durationSeconds: duration,
        reason: REASONS.draw(random),
        outcome: ContactOutcome.RequestCreated,
      }),
    );
    if (Number.isNaN(requests.followUpAt[r])) return;
    const followUpChannel = CHANNELS[CHANNEL_MIX.draw(random)];
    const spoken =
      followUpChannel === ContactChannel.Phone || followUpChannel === ContactChannel.Visit;
    const outcome = random.chance(0.15)
      ? ContactOutcome.CallbackScheduled
      : spoken
        ? ContactOutcome.AnsweredOnTheSpot
        : ContactOutcome.Answered;
    emit(
      this.line(requests.followUpContactIndex(r), {
        ...common,
        channel: followUpChannel,
        direction:
          followUpChannel === ContactChannel.Phone && random.chance(0.4)
            ? ContactDirection.Outbound
            : ContactDirection.Inbound,
        startedAt: requests.followUpAt[r],
        durationSeconds: durationOf(followUpChannel, outcome, random),
        reason: random.chance(0.6)
          ? ContactReason.ApplicationStatus
          : ContactReason.MissingDocuments,
        outcome,
      }),
    );
  }

  /** Unlinked contact `k` (called in order): a known citizen's question, or an anonymous one. */
  writeUnlinked(k: number, random: SeededRandom, emit: (line: string) => void): void {
    while (k >= this.yearEnd && this.year < this.plan.years.length - 1)
      this.yearEnd += this.unlinkedPerYear[(this.year += 1)];
    const window = this.plan.years[this.year];
    const startedAt = officeInstant(random, window.start, window.end);
    const index = 2 * this.requests.count + k;
    if (
      random.chance(
        ANONYMOUS_SHARE * (window.contacts / Math.max(1, this.unlinkedPerYear[this.year])),
      )
    ) {
      // A quick question by phone or at the desk, caller not identified; antennas in proportion to population.
      const channel = random.chance(0.8) ? ContactChannel.Phone : ContactChannel.Visit;
      const outcome = random.chance(0.85)
        ? ContactOutcome.AnsweredOnTheSpot
        : ContactOutcome.Transferred;
      const antennaId = this.citizens.antennaOf(random.int(0, this.citizens.count - 1));
      emit(
        this.line(index, {
          citizen: null,
          request: null,
          channel,
          direction: ContactDirection.Inbound,
          startedAt,
          durationSeconds: durationOf(channel, outcome, random),
          antennaId,
          scheme: null,
          reason: ContactReason.Information,
          outcome,
        }),
      );
      return;
    }
    const citizen = this.citizens.pickAt(random, startedAt);
    const channel = CHANNELS[CHANNEL_MIX.draw(random)];
    let outcome = OUTCOMES[channel].draw(random);
    if (outcome === ContactOutcome.Answered && this.plan.until - startedAt < 3 * DAY_MS)
      outcome = ContactOutcome.Pending;
    // Out-of-hours calls land on the evening message, after the switchboard closes.
    const at =
      outcome === ContactOutcome.OutOfHours
        ? Math.floor(startedAt / DAY_MS) * DAY_MS + (17.5 + random.next()) * 3_600_000
        : startedAt;
    emit(
      this.line(index, {
        citizen,
        request: null,
        channel,
        direction:
          channel === ContactChannel.Phone && random.chance(0.1)
            ? ContactDirection.Outbound
            : ContactDirection.Inbound,
        startedAt: Math.min(at, this.plan.until - MINUTE),
        durationSeconds: durationOf(channel, outcome, random),
        antennaId: this.citizens.antennaOf(citizen),
        scheme: random.chance(0.7) ? random.pick(AID_SCHEMES) : null,
        reason: REASONS.draw(random),
        outcome,
      }),
    );
  }

  private line(index: number, contact: Interaction): string {
    const endedAt =
      contact.durationSeconds === null ? NaN : contact.startedAt + contact.durationSeconds * 1000;
    return [
      this.id(index),
      contact.citizen === null ? NULL : this.citizens.id(contact.citizen),
      contact.request === null ? NULL : this.requests.id(contact.request),
      contact.channel,
      contact.direction,
      tsvTime(contact.startedAt),
      tsvTime(endedAt),
      contact.durationSeconds === null ? NULL : String(contact.durationSeconds),
      tsvText(contact.antennaId),
      tsvText(contact.scheme),
      contact.reason,
      contact.outcome,
      '{}',
      tsvTime(Number.isNaN(endedAt) ? contact.startedAt : endedAt),
    ].join('\t');
  }
}

/** Calls last 2–15 minutes (less when abandoned or on the answering message), visits 5–30. */
function durationOf(
  channel: ContactChannel,
  outcome: ContactOutcome,
  random: SeededRandom,
): number | null {
  if (channel === ContactChannel.Phone) {
    if (outcome === ContactOutcome.Abandoned) return random.int(10, 90);
    if (outcome === ContactOutcome.OutOfHours) return random.int(5, 40);
    return random.int(120, 900);
  }
  return channel === ContactChannel.Visit ? random.int(300, 1800) : null;
}
