import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const daySchedule = z.array(z.tuple([time, time]));

export const voiceSettingsSchema = z
  .object({
    version: z.number().int().positive(),
    language: z.string().min(2),
    voice: z.string().min(1),
    postcodeTimeoutSeconds: z.number().int().min(2).max(30),
    maxPostcodeAttempts: z.number().int().min(1).max(5),
    callbackOfferAfterSeconds: z.number().int().min(10),
    holdMusicUrl: z.url(),
    /**
     * Numbers (E.164, or E.164 prefixes such as "+262") an agent's phone device may have beyond
     * French landlines and mobiles: each one is a destination the platform pays to dial.
     */
    agentPhoneAllowList: z.array(z.string().regex(/^\+\d{1,15}$/)).default([]),
    /** Screen-pop streams (`GET /api/voice/events`): open streams per user, and how often the process re-checks their accounts. */
    eventStreams: z
      .object({
        maxPerUser: z.number().int().min(1).max(20),
        accountCheckSeconds: z.number().int().min(1).max(300),
      })
      .strict()
      .default({ maxPerUser: 3, accountCheckSeconds: 30 }),
    openingHours: z
      .object({
        monday: daySchedule,
        tuesday: daySchedule,
        wednesday: daySchedule,
        thursday: daySchedule,
        friday: daySchedule,
        saturday: daySchedule,
        sunday: daySchedule,
      })
      .strict(),
    exceptionalClosures: z.array(
      z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), reason: z.string() }).strict(),
    ),
    prompts: z
      .object({
        welcome: z.string(),
        askPostcode: z.string(),
        knownCaller: z.string(),
        notUnderstood: z.string(),
        tooManyAttempts: z.string(),
        outOfRegion: z.string(),
        ambiguousIntro: z.string(),
        ambiguousOption: z.string(),
        ambiguousOther: z.string(),
        connecting: z.string(),
        connectingMobileTeam: z.string(),
        waitPosition: z.string(),
        offerCallback: z.string(),
        callbackConfirmed: z.string(),
        closed: z.string(),
        closedCallback: z.string(),
        technicalDifficulty: z.string(),
        callbackAgentIntro: z.string(),
        callbackNoNumber: z.string(),
      })
      .strict(),
  })
  .strict();

export type VoiceSettings = z.infer<typeof voiceSettingsSchema>;
export type VoicePrompt = keyof VoiceSettings['prompts'];

export function loadVoiceSettings(configDirectory: string): VoiceSettings {
  const path = join(configDirectory, 'voice.json');
  if (!existsSync(path))
    throw new Error(`${path} is missing (prompts and opening hours of the free number)`);
  const parsed = voiceSettingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Fills `{placeholders}` of a prompt. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
