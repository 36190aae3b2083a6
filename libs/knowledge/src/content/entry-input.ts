import { z } from 'zod';
import { ARTICLE_KINDS } from '../persistence/knowledge-kind';

/*
 * The import format of issue 12, field for field; the HTTP DTOs accept the same shapes. One zod
 * schema per shape, so the import CLI and the API refuse the same things with the same words.
 */

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;
const slug = z.string().regex(SLUG_PATTERN, 'slug : minuscules, chiffres et tirets');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'date invalide');
const line = (max: number) => z.string().trim().min(1).max(max);
const codes = z.array(z.string().regex(/^[0-9AB]{2,9}$/, 'code officiel attendu')).max(5000);
const amount = z.number().finite().min(0).max(1e9);

export const eligibilitySchema = z
  .object({
    minAge: z.number().int().min(0).max(130).optional(),
    maxAge: z.number().int().min(0).max(130).optional(),
    statuses: z.array(line(64)).max(50).optional(),
    territory: z
      .object({
        regions: codes.optional(),
        departements: codes.optional(),
        epcis: codes.optional(),
        communes: codes.optional(),
      })
      .strict()
      .optional(),
    maxFamilyQuotient: amount.optional(),
    maxIncome: amount.optional(),
  })
  .strict();

/** Amounts are prose ("jusqu'à 1 000 €"); a list is accepted and joined. */
const amounts = z
  .union([z.string().max(2000), z.array(z.string().max(500)).max(50)])
  .transform((value) => (Array.isArray(value) ? value.join(' ; ') : value));

export const schemeInputSchema = z.object({
  slug,
  name: line(300),
  shortName: z.string().trim().max(80).nullish(),
  theme: line(64),
  summary: z.string().max(5000).default(''),
  body: z.string().max(200_000).default(''),
  audiences: z.array(line(64)).max(30).default([]),
  tags: z.array(line(64)).max(50).default([]),
  eligibility: eligibilitySchema.default({}),
  amounts: amounts.nullish(),
  opensOn: isoDate.nullish(),
  closesOn: isoDate.nullish(),
  requiredDocuments: z.array(line(500)).max(50).default([]),
  applyUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullish(),
  applyChannel: z.string().trim().max(64).nullish(),
  responsibleService: z.string().trim().max(300).nullish(),
  referentInstructorEmail: z.email().max(254).nullish(),
  mailboxId: z.string().trim().max(64).nullish(),
});
export type SchemeInput = z.input<typeof schemeInputSchema>;

export const articleInputSchema = z.object({
  slug,
  kind: z.enum(ARTICLE_KINDS),
  title: line(300),
  body: z.string().max(200_000).default(''),
  schemeSlug: slug.nullish(),
  antennaId: z.string().trim().max(64).nullish(),
  tags: z.array(line(64)).max(50).default([]),
  situation: z.string().trim().max(300).nullish(),
});
export type ArticleInput = z.input<typeof articleInputSchema>;

export const synonymGroupsSchema = z.array(z.array(line(80)).min(2).max(30)).max(2000);
