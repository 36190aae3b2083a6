import { z } from 'zod';
import { type CodingOutcome, type ContactReason, desk } from '../../../content/desk';
import type { ContactCoding } from '../api/code-contact';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NEEDS_CITIZEN: readonly CodingOutcome[] = ['request_created', 'callback_scheduled'];

const isReason = (value: unknown): value is ContactReason =>
  typeof value === 'string' && Object.hasOwn(desk.coding.reasons, value);
const isOutcome = (value: unknown): value is CodingOutcome =>
  typeof value === 'string' && Object.hasOwn(desk.coding.outcomes, value);

export interface CodingValues {
  reasonCode: string;
  aidSchemeSlug: string;
  outcome: string;
  subject: string;
  note: string;
}

export const EMPTY_CODING: CodingValues = {
  reasonCode: '',
  aidSchemeSlug: '',
  outcome: '',
  subject: '',
  note: '',
};

/** The coding form's rules: a reason and an outcome always; a subject for "demande créée"; a citizen to create a request or a callback. */
export function codingSchema(hasCitizen: boolean) {
  return z
    .object({
      reasonCode: z.string().pipe(z.custom<ContactReason>(isReason, desk.coding.errors.reason)),
      aidSchemeSlug: z
        .string()
        .trim()
        .refine((slug) => slug === '' || SLUG.test(slug), desk.coding.errors.scheme),
      outcome: z.string().pipe(z.custom<CodingOutcome>(isOutcome, desk.coding.errors.outcome)),
      subject: z.string().trim(),
      note: z.string().trim().max(4000),
    })
    .superRefine((values, context) => {
      if (values.outcome === 'request_created' && values.subject.length < 3)
        context.addIssue({
          code: 'custom',
          path: ['subject'],
          message: desk.coding.errors.subject,
        });
      if (NEEDS_CITIZEN.includes(values.outcome) && !hasCitizen)
        context.addIssue({
          code: 'custom',
          path: ['outcome'],
          message: desk.coding.errors.citizen,
        });
    });
}

export type CodingInput = z.infer<ReturnType<typeof codingSchema>>;

/** What the desk sends: the coding, and the request to create first for "demande créée". */
export interface CodingSubmission {
  readonly coding: Pick<ContactCoding, 'reasonCode' | 'outcome' | 'aidSchemeSlug' | 'note'>;
  readonly requestSubject?: string;
}

export function submissionOf(values: CodingInput): CodingSubmission {
  return {
    coding: {
      reasonCode: values.reasonCode,
      outcome: values.outcome,
      aidSchemeSlug: values.aidSchemeSlug === '' ? undefined : values.aidSchemeSlug,
      note: values.note === '' ? undefined : values.note,
    },
    requestSubject: values.outcome === 'request_created' ? values.subject : undefined,
  };
}
