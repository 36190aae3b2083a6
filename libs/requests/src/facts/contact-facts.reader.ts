import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ContactChannel } from '@gru/citizens';
import { Repository } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { ContactDirection, ContactOutcome } from '../contacts/contact-outcome';

/** Contacts of one UTC hour sharing antenna, channel, direction, scheme, reason and outcome. */
export interface ContactHourRow {
  readonly hour: Date;
  readonly antennaId: string | null;
  readonly channel: ContactChannel;
  readonly direction: ContactDirection;
  readonly aidSchemeSlug: string | null;
  readonly reasonCode: string | null;
  readonly outcome: ContactOutcome;
  readonly contacts: number;
  readonly durationSeconds: number;
}

/** Inbound calls of one UTC hour (by arrival) for one caller antenna and one answering agent. */
export interface CallHourRow {
  readonly hour: Date;
  /** The antenna the IVR routed the caller to (the headquarters id included); null: unplaced. */
  readonly antennaId: string | null;
  /** Null: nobody answered. */
  readonly agentUserId: string | null;
  readonly offered: number;
  readonly answered: number;
  readonly answeredWithin20s: number;
  readonly abandoned: number;
  /** Seconds from arrival to hang-up, summed over abandoned calls. */
  readonly abandonWaitSeconds: number;
  /** The caller chose a callback instead of waiting. */
  readonly callbacks: number;
  /** Calls that left their first routing step. */
  readonly overflowed: number;
  /** Seconds from arrival to answer, summed over answered calls. */
  readonly waitSeconds: number;
  readonly talkSeconds: number;
}

/** What one agent did in one UTC hour on the channels reporting times (phone, front desk). */
export interface AgentHourRow {
  readonly hour: Date;
  readonly agentUserId: string;
  readonly calls: number;
  readonly talkSeconds: number;
  readonly visits: number;
  readonly visitSeconds: number;
}

const num = (value: unknown): number => Number(value ?? 0);

/**
 * Aggregated facts about contacts for a time range, as plain rows, so that reporting never reads
 * this library's tables. Every method groups by UTC hour: the finest grain reporting keeps.
 * Definitions of the phone figures follow the call simulation (tools/call-simulation).
 */
@Injectable()
export class ContactFactsReader {
  constructor(@InjectRepository(Contact) private readonly contacts: Repository<Contact>) {}

  async contactHours(from: Date, to: Date): Promise<ContactHourRow[]> {
    const rows: Record<string, unknown>[] = await this.contacts.query(
      `SELECT date_trunc('hour', started_at, 'UTC') AS hour, antenna_id, channel, direction,
              aid_scheme_slug, reason_code, outcome, COUNT(*) AS contacts,
              COALESCE(SUM(duration_seconds), 0) AS duration
         FROM contacts
        WHERE started_at >= $1 AND started_at < $2
        GROUP BY 1, 2, 3, 4, 5, 6, 7`,
      [from, to],
    );
    return rows.map((row) => ({
      hour: row.hour as Date,
      antennaId: row.antenna_id as string | null,
      channel: row.channel as ContactChannel,
      direction: row.direction as ContactDirection,
      aidSchemeSlug: row.aid_scheme_slug as string | null,
      reasonCode: row.reason_code as string | null,
      outcome: row.outcome as ContactOutcome,
      contacts: num(row.contacts),
      durationSeconds: num(row.duration),
    }));
  }

  /**
   * Inbound calls that reached the queue (routed by the IVR; out-of-hours calls excluded).
   * Answered: an agent took it; abandoned and callbacks: the caller hung up or chose a callback
   * before any answer; within 20 s: answered after a wait of at most 20 seconds.
   */
  async callHours(from: Date, to: Date): Promise<CallHourRow[]> {
    const rows: Record<string, unknown>[] = await this.contacts.query(
      `SELECT date_trunc('hour', started_at, 'UTC') AS hour, antenna_id, agent_user_id,
              COUNT(*) AS offered,
              COUNT(agent_user_id) AS answered,
              COUNT(*) FILTER (WHERE agent_user_id IS NOT NULL
                                 AND (details->>'waitSeconds')::numeric <= 20) AS within20,
              COUNT(*) FILTER (WHERE agent_user_id IS NULL AND outcome = $4) AS abandoned,
              COALESCE(SUM(EXTRACT(EPOCH FROM ended_at - started_at))
                FILTER (WHERE agent_user_id IS NULL AND outcome = $4), 0) AS abandon_wait,
              COUNT(*) FILTER (WHERE agent_user_id IS NULL AND outcome = $5) AS callbacks,
              COUNT(*) FILTER (WHERE (details->>'step')::int > 0) AS overflowed,
              COALESCE(SUM((details->>'waitSeconds')::numeric)
                FILTER (WHERE agent_user_id IS NOT NULL), 0) AS wait,
              COALESCE(SUM(COALESCE((details->>'talkSeconds')::numeric, duration_seconds))
                FILTER (WHERE agent_user_id IS NOT NULL), 0) AS talk
         FROM contacts
        WHERE channel = 'phone' AND direction = $3
          AND started_at >= $1 AND started_at < $2
          AND details ? 'routedBy' AND outcome <> $6
        GROUP BY 1, 2, 3`,
      [
        from,
        to,
        ContactDirection.Inbound,
        ContactOutcome.Abandoned,
        ContactOutcome.CallbackScheduled,
        ContactOutcome.OutOfHours,
      ],
    );
    return rows.map((row) => ({
      hour: row.hour as Date,
      antennaId: row.antenna_id as string | null,
      agentUserId: row.agent_user_id as string | null,
      offered: num(row.offered),
      answered: num(row.answered),
      answeredWithin20s: num(row.within20),
      abandoned: num(row.abandoned),
      abandonWaitSeconds: num(row.abandon_wait),
      callbacks: num(row.callbacks),
      overflowed: num(row.overflowed),
      waitSeconds: num(row.wait),
      talkSeconds: num(row.talk),
    }));
  }

  /** Per agent: phone contacts (inbound and callbacks) with their talk time, front-desk visits with theirs. */
  async agentHours(from: Date, to: Date): Promise<AgentHourRow[]> {
    const rows: Record<string, unknown>[] = await this.contacts.query(
      `SELECT date_trunc('hour', started_at, 'UTC') AS hour, agent_user_id,
              COUNT(*) FILTER (WHERE channel = 'phone') AS calls,
              COALESCE(SUM(COALESCE((details->>'talkSeconds')::numeric, duration_seconds))
                FILTER (WHERE channel = 'phone'), 0) AS talk,
              COUNT(*) FILTER (WHERE channel = 'visit') AS visits,
              COALESCE(SUM(duration_seconds) FILTER (WHERE channel = 'visit'), 0) AS visit_seconds
         FROM contacts
        WHERE started_at >= $1 AND started_at < $2 AND agent_user_id IS NOT NULL
          AND channel IN ('phone', 'visit')
        GROUP BY 1, 2`,
      [from, to],
    );
    return rows.map((row) => ({
      hour: row.hour as Date,
      agentUserId: row.agent_user_id as string,
      calls: num(row.calls),
      talkSeconds: num(row.talk),
      visits: num(row.visits),
      visitSeconds: num(row.visit_seconds),
    }));
  }
}
