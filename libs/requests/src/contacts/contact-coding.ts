import { ContactOutcome } from './contact-outcome';
import type { ContactReason } from './contact-reason';

/** The outcomes an agent picks when coding a contact; the others are set by the channels. */
export const CODING_OUTCOMES = [
  ContactOutcome.AnsweredOnTheSpot,
  ContactOutcome.RequestCreated,
  ContactOutcome.Transferred,
  ContactOutcome.CallbackScheduled,
] as const;
export type CodingOutcome = (typeof CODING_OUTCOMES)[number];

export interface ContactCodingInput {
  readonly reasonCode: ContactReason;
  readonly aidSchemeSlug?: string;
  readonly outcome: CodingOutcome;
  readonly note?: string;
  readonly citizenId?: string;
  readonly requestId?: string;
  /** Knowledge base articles used to answer (validated and counted by `@gru/knowledge`). */
  readonly knowledgeArticleSlugs?: readonly string[];
}
