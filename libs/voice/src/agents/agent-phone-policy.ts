/**
 * French landlines (01–05, 09) and mobiles (06, 07) in E.164. Every 08 number is refused: free,
 * shared-cost and premium-rate services (08 9x) are never an agent's desk or mobile phone, and
 * a premium destination is how toll fraud bills the platform.
 */
const FRENCH_PERSONAL_NUMBER = /^\+33[1-79]\d{8}$/;

/** Whether the platform may dial this number (E.164) to reach an agent's phone device. */
export function mayRingAgentPhone(number: string, allowList: readonly string[]): boolean {
  return FRENCH_PERSONAL_NUMBER.test(number) || allowList.some((entry) => number.startsWith(entry));
}
