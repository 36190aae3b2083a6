import { Injectable, Logger } from '@nestjs/common';
import { CallOfferPort, OfferRouting } from '@gru/call-routing';
import { ScreenPopService } from '../screen-pop/screen-pop.service';

/**
 * An offer without Twilio (`VOICE_TELEPHONY=simulated`, the demo): nothing rings, the agent's
 * screen pops and the desk answers through the simulator routes.
 */
@Injectable()
export class SimulatedCallOffer extends CallOfferPort {
  private readonly logger = new Logger(SimulatedCallOffer.name);

  constructor(private readonly screenPops: ScreenPopService) {
    super();
  }

  async offer(callSid: string, agentUserId: string, routing?: OfferRouting): Promise<void> {
    this.logger.log({ callSid, agentUserId }, 'simulated call offered');
    await this.screenPops.publish(agentUserId, callSid, routing);
  }

  override async offerLapsed(callSid: string, agentUserId: string): Promise<void> {
    this.logger.log({ callSid, agentUserId }, 'offer lapsed: agent set to break by the routing');
    await this.screenPops.notifyOfferLapsed(agentUserId, callSid);
  }
}
