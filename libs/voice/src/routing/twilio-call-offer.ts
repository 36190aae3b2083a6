import { Injectable, Logger } from '@nestjs/common';
import { CallOfferPort, OfferRouting } from '@gru/call-routing';
import { AppConfig } from '@gru/config';
import { IVR_ROUTES } from '../ivr/ivr-routes';
import { ScreenPopService } from '../screen-pop/screen-pop.service';
import { TwilioRestAdapter } from '../twilio/twilio-rest.adapter';

/**
 * An offer made by the routing engine: Twilio takes the waiting caller out of its queue to dial
 * the agent's device (see the connect-agent webhook), and the agent's screen shows who is calling.
 */
@Injectable()
export class TwilioCallOffer extends CallOfferPort {
  private readonly logger = new Logger(TwilioCallOffer.name);

  constructor(
    private readonly twilio: TwilioRestAdapter,
    private readonly screenPops: ScreenPopService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async offer(callSid: string, agentUserId: string, routing?: OfferRouting): Promise<void> {
    const base = this.config.values.http.publicBaseUrl.replace(/\/$/, '');
    await this.twilio.redirectCall(
      callSid,
      `${base}/voice/${IVR_ROUTES.connectAgent}?agent=${encodeURIComponent(agentUserId)}`,
    );
    await this.screenPops.publish(agentUserId, callSid, routing);
  }

  /** The agent's leg stops ringing by itself (the Dial timeout equals the offer timeout); the agent is told. */
  override async offerLapsed(callSid: string, agentUserId: string): Promise<void> {
    this.logger.log({ callSid, agentUserId }, 'offer lapsed: agent set to break by the routing');
    await this.screenPops.notifyOfferLapsed(agentUserId, callSid);
  }
}
