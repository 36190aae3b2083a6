import { z } from 'zod';
import { citizenPage } from '../../../content/citizens';
import type { Citizen } from '../api/citizen';
import type { CitizenChanges } from '../api/update-citizen';

const { errors } = citizenPage;

/** Several values in one field, one per line or separated by commas. */
function listOf(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((value) => value.trim())
    .filter(Boolean);
}

// The API normalises and checks phones strictly (libphonenumber); this only catches obvious typos.
const PHONE = /^\+?[\d\s.()-]{8,20}$/;
const optional = (schema: z.ZodString) => z.union([z.literal(''), schema]);

export const citizenFormSchema = z.object({
  civility: z.enum(['', 'mme', 'm']),
  firstName: z.string().trim().max(100, errors.tooLong(100)),
  lastName: z.string().trim().min(1, errors.lastNameRequired).max(100, errors.tooLong(100)),
  phones: z
    .string()
    .refine((text) => listOf(text).every((phone) => PHONE.test(phone)), errors.phone),
  emails: z
    .string()
    .refine(
      (text) => listOf(text).every((email) => z.email().safeParse(email).success),
      errors.email,
    ),
  addressLine: z.string().trim().max(250, errors.tooLong(250)),
  postcode: optional(
    z
      .string()
      .trim()
      .regex(/^\d{5}$/, errors.postcode),
  ),
  inseeCode: optional(
    z
      .string()
      .trim()
      .regex(/^(\d{5}|2[AB]\d{3})$/, errors.inseeCode),
  ),
  contactConsent: z.boolean(),
});

export type CitizenFormValues = z.infer<typeof citizenFormSchema>;

export function formValuesOf(citizen: Citizen): CitizenFormValues {
  return {
    civility: citizen.civility ?? '',
    firstName: citizen.firstName ?? '',
    lastName: citizen.lastName ?? '',
    phones: citizen.phones.join('\n'),
    emails: citizen.emails.join('\n'),
    addressLine: citizen.addressLine ?? '',
    postcode: citizen.postcode ?? '',
    inseeCode: citizen.inseeCode ?? '',
    contactConsent: citizen.contactConsent,
  };
}

/** The PATCH body: lists replace the citizen's, an emptied place field is left as it was. */
export function changesOf(values: CitizenFormValues): CitizenChanges {
  return {
    civility: values.civility === '' ? undefined : values.civility,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phones: listOf(values.phones),
    emails: listOf(values.emails),
    addressLine: values.addressLine.trim(),
    postcode: values.postcode.trim() || undefined,
    inseeCode: values.inseeCode.trim() || undefined,
    contactConsent: values.contactConsent,
  };
}

/** Where the API's field errors land in the form. */
export const FIELD_OF: Record<string, keyof CitizenFormValues> = {
  phone: 'phones',
  phones: 'phones',
  email: 'emails',
  emails: 'emails',
  firstName: 'firstName',
  lastName: 'lastName',
  addressLine: 'addressLine',
  postcode: 'postcode',
  inseeCode: 'inseeCode',
  civility: 'civility',
};
