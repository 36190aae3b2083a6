import { z } from 'zod';
import { type CodingOutcome, type ContactReason, desk } from '../../../content/desk';
import type { ContactCoding } from '../api/code-contact';

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
  /** The knowledge articles left ticked (react-hook-form gives one checkbox's value alone, or false). */
  articleSlugs: string[] | string | false;
}

/** An article the agent opened or copied from during the call: offered to the coding. */
export interface UsedArticle {
  readonly slug: string;
  readonly title: string;
  readonly schemeSlug: string | null;
}

/** Every used article ticked; the scheme guessed when every scheme-bound article names the same one. */
export function initialCoding(articles: readonly UsedArticle[]): CodingValues {
  const schemes = new Set(articles.flatMap((article) => article.schemeSlug ?? []));
  return {
    reasonCode: '',
    aidSchemeSlug: schemes.size === 1 ? [...schemes][0]! : '',
    outcome: '',
    subject: '',
    note: '',
    articleSlugs: articles.map((article) => article.slug),
  };
}

/** The coding form's rules: a reason and an outcome always; a subject for "demande créée"; a citizen to create a request or a callback. */
export function codingSchema(hasCitizen: boolean) {
  return z
    .object({
      reasonCode: z.string().pipe(z.custom<ContactReason>(isReason, desk.coding.errors.reason)),
      aidSchemeSlug: z.string(),
      outcome: z.string().pipe(z.custom<CodingOutcome>(isOutcome, desk.coding.errors.outcome)),
      subject: z.string().trim(),
      note: z.string().trim().max(4000),
      // A single ticked checkbox comes as a string, none as false.
      articleSlugs: z
        .union([z.array(z.string()), z.string(), z.literal(false)])
        .transform((value) => (value === false ? [] : typeof value === 'string' ? [value] : value)),
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
  readonly coding: Pick<
    ContactCoding,
    'reasonCode' | 'outcome' | 'aidSchemeSlug' | 'note' | 'knowledgeArticleSlugs'
  >;
  readonly requestSubject?: string;
}

export function submissionOf(values: CodingInput): CodingSubmission {
  return {
    coding: {
      reasonCode: values.reasonCode,
      outcome: values.outcome,
      aidSchemeSlug: values.aidSchemeSlug === '' ? undefined : values.aidSchemeSlug,
      note: values.note === '' ? undefined : values.note,
      knowledgeArticleSlugs: values.articleSlugs.length > 0 ? values.articleSlugs : undefined,
    },
    requestSubject: values.outcome === 'request_created' ? values.subject : undefined,
  };
}
