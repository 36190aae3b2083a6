import { Injectable, Logger } from '@nestjs/common';
import { CitizenDirectory, CitizenDto, ContactChannel } from '@gru/citizens';
import { RedisConnection } from '@gru/redis';
import { ContactLog, RequestDto, RequestReader } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { CallContextStore } from '../ivr/call-context.store';

export interface ScreenPop {
  readonly callSid: string;
  readonly callerNumber: string | null;
  readonly postcode: string | null;
  readonly communes: string[];
  readonly antennaId: string | null;
  readonly antennaName: string | null;
  readonly citizen: CitizenDto | null;
  readonly openRequests: RequestDto[];
}

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
    private readonly requests: RequestReader,
    private readonly territory: TerritoryService,
  ) {}

  /** Tells the agent the offered call went back to the queue and they were set on break. */
  async notifyOfferLapsed(agentUserId: string, callSid: string): Promise<void> {
    const data = {
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

  channelOf(agentUserId: string): string {
    return this.redis.key('screen-pop', agentUserId);
  }

  async compose(callSid: string): Promise<ScreenPop> {
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
    return {
      callSid,
      callerNumber: call.from ?? null,
      postcode: call.postcode ?? null,
      communes:
        resolution?.communes
          .filter((commune) => !antennaId || commune.antennaId === antennaId)
          .map((commune) => commune.name) ?? [],
      antennaId,
      antennaName: antennaId ? (this.territory.index.antenna(antennaId)?.name ?? null) : null,
      citizen: citizen ? CitizenDto.of(citizen) : null,
      openRequests: openRequests.map((request) => RequestDto.of(request)),
    };
  }

  async publish(agentUserId: string, callSid: string): Promise<void> {
    try {
      await this.redis.client.publish(
        this.channelOf(agentUserId),
        JSON.stringify({ event: 'screen-pop', data: await this.compose(callSid) }),
      );
    } catch (error) {
      // A missing screen pop must not stop the call from ringing.
      this.logger.warn({ err: (error as Error).message, callSid }, 'screen pop not delivered');
    }
  }
}
