import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * E.164 form of a phone number as a citizen or Twilio gives it ("06 12 34 56 78", "+33612345678",
 * "0033 6…"); French numbering is assumed when no country code is given. Undefined when it is not
 * a valid number, so the caller can name the field in its error.
 */
export function toE164(raw: string): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'FR');
  return parsed?.isValid() ? parsed.number : undefined;
}
