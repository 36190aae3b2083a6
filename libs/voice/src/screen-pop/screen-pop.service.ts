import { Injectable, Logger } from '@nestjs/common';
import type { OfferRouting } from '@gru/call-routing';
import { CitizenDirectory, CitizenDto, CitizenMatcher, ContactChannel } from '@gru/citizens';
import { RedisConnection } from '@gru/redis';
import { Contact, ContactLog, RequestDto, RequestReader } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { CallContextStore } from '../ivr/call-context.store';
import {
  CallEndedDto,
  OfferLapsedDto,
  ScreenPopCandidateDto,
  ScreenPopContactDto,
  ScreenPopDto,
  ScreenPopPhase,
} from './screen-pop.dto';

export type ScreenPop = ScreenPopDto;

const RECENT_CONTACTS = 5;

/**
 * When a call is offered to an agent, everything known about the caller is pushed to the agent's
 * session through Redis pub/sub, so it reaches them whichever API process holds their connection.
 */
@Injectable()
export class ScreenPopService {
  private readonly logger = new Logger(ScreenPopService.name);

  constructor(
    private readonly redis: RedisConnection,
    private readonly context: CallContextStore,
    private readonly contacts: ContactLog,
    private readonly citizens: CitizenDirectory,
    private readonly matcher: CitizenMatcher,
    private readonly requests: RequestReader,
    private readonly territory: TerritoryService,
  ) {}

  /** Tells the agent the offered call went back to the queue and they were set on break. */
  async notifyOfferLapsed(agentUserId: string, callSid: string): Promise<void> {
    const data: OfferLapsedDto = {
      callSid,
      presence: 'break',
      message:
        'Appel non décroché : il a été remis en file et vous êtes passé en pause. Repassez « disponible » pour recevoir des appels.',
    };
    await this.redis.client
      .publish(this.channelOf(agentUserId), JSON.stringify({ event: 'offer-lapsed', data }))
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'offer-lapsed notice not delivered'),
      );
  }

  /** Tells the agent the caller hung up while the call was still ringing on their desk. */
  async notifyCallEnded(agentUserId: string, callSid: string): Promise<void> {
    const data: CallEndedDto = { callSid, reason: 'abandoned' };
    await this.redis.client
      .publish(this.channelOf(agentUserId), JSON.stringify({ event: 'call-ended', data }))
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'call-ended notice not delivered'),
      );
  }

  channelOf(agentUserId: string): string {
    return this.redis.key('screen-pop', agentUserId);
  }

  async compose(
    callSid: string,
    routing?: Pick<OfferRouting, 'step'>,
    phase: ScreenPopPhase = 'ringing',
  ): Promise<ScreenPop> {
    const call = await this.context.recall(callSid);
    const contact = await this.contacts
      .findByExternalRef(ContactChannel.Phone, callSid)
      .catch(() => null);
    const citizen = contact?.citizenId
      ? await this.citizens.get(contact.citizenId).catch(() => undefined)
      : undefined;
    const openRequests = citizen ? await this.requests.openRequestsOf([citizen.id]) : [];
    const resolution = call.postcode ? this.territory.resolvePostcode(call.postcode) : undefined;
    const antennaId = call.antennaId ?? contact?.antennaId ?? null;
    const communes =
      resolution?.communes.filter((commune) => !antennaId || commune.antennaId === antennaId) ?? [];
    return {
      callSid,
      phase,
      contactId: contact?.id ?? null,
      callerNumber: call.from ?? null,
      postcode: call.postcode ?? null,
      communes: communes.map((commune) => commune.name),
      inseeCodes: communes.map((commune) => commune.inseeCode),
      antennaId,
      antennaName: antennaId ? (this.territory.index.antenna(antennaId)?.name ?? null) : null,
      step: routing?.step ?? null,
      overflowed: (routing?.step ?? 0) > 0,
      citizen: citizen ? CitizenDto.of(citizen) : null,
      candidates: citizen ? [] : await this.candidatesFor(call.from),
      openRequests: openRequests.map((request) => RequestDto.of(request)),
      recentContacts: citizen ? await this.recentContactsOf(citizen.id, contact?.id) : [],
    };
  }

  /** The caller's number matched no single citizen: whoever it may be, for the agent to choose. */
  private async candidatesFor(from: string | undefined): Promise<ScreenPopCandidateDto[]> {
    if (!from) return [];
    const candidates = await this.matcher.candidates({ phone: from }).catch(() => []);
    return candidates.map((candidate) => ({
      citizen: CitizenDto.of(candidate.citizen),
      strength: candidate.strength,
      matchedOn: candidate.matchedOn,
    }));
  }

  private async recentContactsOf(
    citizenId: string,
    currentContactId: string | undefined,
  ): Promise<ScreenPopContactDto[]> {
    const contacts = await this.contacts
      .contactsOf(citizenId, RECENT_CONTACTS + 1)
      .catch((): Contact[] => []);
    return contacts
      .filter((contact) => contact.id !== currentContactId)
      .slice(0, RECENT_CONTACTS)
      .map((contact) => ({
        id: contact.id,
        channel: contact.channel,
        direction: contact.direction,
        startedAt: contact.startedAt.toISOString(),
        outcome: contact.outcome,
        reasonCode: contact.reasonCode,
        requestId: contact.requestId,
      }));
  }

  async publish(agentUserId: string, callSid: string, routing?: OfferRouting): Promise<void> {
    try {
      await this.redis.client.publish(
        this.channelOf(agentUserId),
        JSON.stringify({ event: 'screen-pop', data: await this.compose(callSid, routing) }),
      );
    } catch (error) {
      // A missing screen pop must not stop the call from ringing.
      this.logger.warn({ err: (error as Error).message, callSid }, 'screen pop not delivered');
    }
  }
}
