import { InvalidPostcode } from './invalid-postcode.exception';

// Explicit ASCII class: full-width or Arabic-Indic digits from a keyboard or OCR are refused,
// not normalised, so what is stored is what the citizen typed.
const POSTCODE = /^[0-9]{5}$/;

/** A number is refused too: it has already lost the leading zero of "02000". */
export function isValidPostcode(raw: unknown): raw is string {
  return typeof raw === 'string' && POSTCODE.test(raw);
}

/** Returns the postcode unchanged (no trimming) or throws `InvalidPostcode`. */
export function parsePostcode(raw: unknown): string {
  if (!isValidPostcode(raw)) {
    throw new InvalidPostcode();
  }
  return raw;
}
