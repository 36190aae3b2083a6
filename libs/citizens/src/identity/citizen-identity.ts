import { FieldError, ValidationFailedException } from '@gru/errors';
import { normaliseEmailAddress } from './email-address';
import { toE164 } from './phone-number';

/** Normalises phones and emails, naming every field that is not one (400), losing nothing silently. */
export function normaliseContactPoints(
  input: { phones?: string[]; emails?: string[] },
  fieldNames = { phones: 'phone', emails: 'email' },
) {
  const errors: FieldError[] = [];
  const phones = (input.phones ?? []).map((raw) => {
    const e164 = toE164(raw);
    if (!e164)
      errors.push({
        field: fieldNames.phones,
        messages: [
          `${fieldNames.phones} : numéro de téléphone invalide (${raw}) / not a phone number`,
        ],
      });
    return e164;
  });
  const emails = (input.emails ?? []).map((raw) => {
    const email = normaliseEmailAddress(raw);
    if (!email)
      errors.push({
        field: fieldNames.emails,
        messages: [
          `${fieldNames.emails} : adresse électronique invalide (${raw}) / not an email address`,
        ],
      });
    return email;
  });
  if (errors.length > 0) throw new ValidationFailedException(errors);
  return { phones: unique(phones as string[]), emails: unique(emails as string[]) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
