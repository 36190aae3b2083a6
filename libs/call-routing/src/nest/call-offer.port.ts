/** Where the offer stands in the call's route: `step` 0 is the caller's own pool, more is an overflow. */
export interface OfferRouting {
  readonly step: number;
  /** 1 for the call's first offer, 2 after one no-answer, ... */
  readonly attempt: number;
}

/**
 * The side effect of an offer: connect the waiting caller to the agent's device. The voice library
 * provides the Twilio implementation (redirect the call to dial the agent); the processes hand its
 * module to `CallRoutingModule.forRoot({ offers })`. Without one, offers are only logged.
 */
export abstract class CallOfferPort {
  abstract offer(callSid: string, agentUserId: string, routing?: OfferRouting): Promise<void>;

  /**
   * The offer was not answered in time and the call is back in the queue: stop the agent's leg
   * ringing and tell the agent they were set to `break`. Optional.
   */
  offerLapsed?(callSid: string, agentUserId: string): Promise<void>;
}
