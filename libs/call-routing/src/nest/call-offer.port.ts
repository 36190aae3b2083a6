/**
 * The side effect of an offer: connect the waiting caller to the agent's device. The voice library
 * provides the Twilio implementation (redirect the call to dial the agent); the processes hand its
 * module to `CallRoutingModule.forRoot({ offers })`. Without one, offers are only logged.
 */
export abstract class CallOfferPort {
  abstract offer(callSid: string, agentUserId: string): Promise<void>;

  /**
   * The offer was not answered in time and the call is back in the queue: stop the agent's leg
   * ringing and tell the agent they were set to `break`. Optional.
   */
  offerLapsed?(callSid: string, agentUserId: string): Promise<void>;
}
