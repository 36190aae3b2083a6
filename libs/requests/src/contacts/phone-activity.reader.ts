import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ContactChannel } from '@gru/citizens';
import { Repository } from 'typeorm';
import { OPEN_STATUSES } from '../lifecycle/request-lifecycle';
import { Request } from '../persistence/request.entity';
import { Contact } from './contact.entity';
import { ContactDirection, ContactOutcome } from './contact-outcome';
import { ContactReason } from './contact-reason';

/** Inbound calls of a period for one caller antenna and one answering agent (null: unanswered). */
export interface PhoneActivityRow {
  /** The antenna the IVR routed the caller to; null when it could not tell. */
  readonly antennaId: string | null;
  readonly agentUserId: string | null;
  /** Calls that reached the queue (routed by the IVR), out-of-hours calls excluded. */
  readonly offered: number;
  /** Taken by an agent (the answer sets the contact's agent). */
  readonly answered: number;
  /** Answered after a wait of 20 seconds or less, as in the simulation's service level. */
  readonly answeredWithin20s: number;
  readonly abandoned: number;
}

export interface CallbacksDueRow {
  readonly antennaId: string | null;
  readonly count: number;
}

/**
 * Counts over the phone contacts for dashboards, so that no other feature reads this library's
 * tables. Definitions follow the call simulation's metrics (tools/call-simulation).
 */
@Injectable()
export class PhoneActivityReader {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    @InjectRepository(Request) private readonly requests: Repository<Request>,
  ) {}

  async inboundCalls(from: Date, to: Date): Promise<PhoneActivityRow[]> {
    const rows = await this.contacts
      .createQueryBuilder('contact')
      .select('contact.antenna_id', 'antennaId')
      .addSelect('contact.agent_user_id', 'agentUserId')
      .addSelect('COUNT(*)', 'offered')
      .addSelect('COUNT(contact.agent_user_id)', 'answered')
      .addSelect(
        `COUNT(*) FILTER (WHERE contact.agent_user_id IS NOT NULL AND (contact.details->>'waitSeconds')::numeric <= 20)`,
        'answeredWithin20s',
      )
      .addSelect(`COUNT(*) FILTER (WHERE contact.outcome = :abandoned)`, 'abandoned')
      .where('contact.channel = :channel', { channel: ContactChannel.Phone })
      .andWhere('contact.direction = :direction', { direction: ContactDirection.Inbound })
      .andWhere('contact.started_at >= :from AND contact.started_at < :to', { from, to })
      .andWhere(`contact.details ? 'routedBy'`)
      .andWhere('contact.outcome <> :outOfHours', { outOfHours: ContactOutcome.OutOfHours })
      .setParameter('abandoned', ContactOutcome.Abandoned)
      .groupBy('contact.antenna_id')
      .addGroupBy('contact.agent_user_id')
      .getRawMany<Record<keyof PhoneActivityRow, string | null>>();
    return rows.map((row) => ({
      antennaId: row.antennaId,
      agentUserId: row.agentUserId,
      offered: Number(row.offered),
      answered: Number(row.answered),
      answeredWithin20s: Number(row.answeredWithin20s),
      abandoned: Number(row.abandoned),
    }));
  }

  /** Open callback requests due before `until` (overdue ones included: they are still to call). */
  async callbacksDue(until: Date): Promise<CallbacksDueRow[]> {
    const rows = await this.requests
      .createQueryBuilder('request')
      .select('request.antenna_id', 'antennaId')
      .addSelect('COUNT(*)', 'count')
      .where('request.status IN (:...statuses)', { statuses: OPEN_STATUSES })
      .andWhere('request.due_at < :until', { until })
      .andWhere(
        `EXISTS (SELECT 1 FROM contacts k WHERE k.request_id = request.id AND k.reason_code = :callback)`,
        { callback: ContactReason.Callback },
      )
      .groupBy('request.antenna_id')
      .getRawMany<{ antennaId: string | null; count: string }>();
    return rows.map((row) => ({ antennaId: row.antennaId, count: Number(row.count) }));
  }
}
