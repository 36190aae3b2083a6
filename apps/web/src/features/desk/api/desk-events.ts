import { z } from 'zod';
import type { components } from '../../../lib/api/schema.gen';

const citizenSchema = z.object({
  id: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  phones: z.array(z.string()),
  postcode: z.string().nullish(),
  inseeCode: z.string().nullish(),
});

/** The `screen-pop` event's data (ScreenPopDto in the contract), checked rather than trusted. */
export const screenPopSchema = z.object({
  callSid: z.string(),
  phase: z.enum(['ringing', 'connected', 'wrap-up']),
  contactId: z.string().nullish(),
  callerNumber: z.string().nullish(),
  postcode: z.string().nullish(),
  communes: z.array(z.string()),
  inseeCodes: z.array(z.string()),
  antennaId: z.string().nullish(),
  antennaName: z.string().nullish(),
  step: z.number().nullish(),
  overflowed: z.boolean(),
  citizen: citizenSchema.nullish(),
  candidates: z.array(z.object({ citizen: citizenSchema, strength: z.string() })),
  openRequests: z.array(
    z.object({ id: z.string(), reference: z.string(), subject: z.string(), status: z.string() }),
  ),
  recentContacts: z.array(
    z.object({
      id: z.string(),
      channel: z.string(),
      startedAt: z.string(),
      outcome: z.string(),
      reasonCode: z.string().nullish(),
    }),
  ),
});

export type ScreenPop = z.infer<typeof screenPopSchema>;
export type PoppedCitizen = z.infer<typeof citizenSchema>;

/** Fails to compile when the contract's ScreenPopDto no longer carries what the desk reads. */
type Fits<T extends ScreenPop> = T;
export type ScreenPopContract = Fits<components['schemas']['ScreenPopDto']>;

export const offerLapsedSchema = z.object({ callSid: z.string(), message: z.string() });
export const callEndedSchema = z.object({ callSid: z.string() });
