import { Logger } from '@nestjs/common';
import { CallOfferPort } from './call-offer.port';

/** Default port until the voice library provides Twilio's: the routing works, nobody rings. */
export class LoggingCallOfferAdapter extends CallOfferPort {
  private readonly logger = new Logger('CallOffer');

  offer(callSid: string, agentUserId: string): Promise<void> {
    this.logger.log({ callSid, agentUserId }, 'call offered (no telephony adapter: logged only)');
    return Promise.resolve();
  }
}
