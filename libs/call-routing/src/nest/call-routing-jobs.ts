/** Payloads of the `call-routing` queue: ids only, the processor re-reads the state. */
export interface StepTimeoutJob {
  readonly callSid: string;
  readonly step: number;
}

export interface OfferTimeoutJob {
  readonly callSid: string;
  readonly agentId: string;
}

/** BullMQ refuses ':' in custom job ids (unless exactly three parts), hence '_'. */
export const stepTimeoutJobId = (callSid: string, step: number) =>
  `step-timeout_${callSid}_${step}`;
export const offerTimeoutJobId = (callSid: string, attempt: number) =>
  `offer-timeout_${callSid}_${attempt}`;
