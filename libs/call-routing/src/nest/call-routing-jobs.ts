import type { JobName, JobOf } from '@gru/queue';

/** Payloads of the `call-routing` queue, as `@gru/queue`'s JobPayloads defines them. */
export type StepTimeoutJob = JobOf<JobName.CallStepTimeout>;
export type OfferTimeoutJob = JobOf<JobName.CallOfferTimeout>;

/** BullMQ refuses ':' in custom job ids (unless exactly three parts), hence '_'. */
export const stepTimeoutJobId = (callSid: string, step: number) =>
  `step-timeout_${callSid}_${step}`;
export const offerTimeoutJobId = (callSid: string, attempt: number) =>
  `offer-timeout_${callSid}_${attempt}`;
