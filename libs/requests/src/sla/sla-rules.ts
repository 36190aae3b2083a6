import { ContactChannel } from '@gru/citizens';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ruleSchema = z
  .object({
    channel: z.nativeEnum(ContactChannel),
    aidScheme: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    workingDays: z.number().int().min(0).max(60),
    label: z.string().optional(),
  })
  .strict();

export const slaFileSchema = z
  .object({
    /** Local (Paris) time at which a due day ends. */
    dueTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    /** A request is "due soon" this many hours before its due time. */
    dueSoonHours: z.number().int().positive(),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

export type SlaFile = z.infer<typeof slaFileSchema>;
export type SlaRule = SlaFile['rules'][number];

export const SLA_FILE_NAME = 'sla.json';

export function loadSlaFile(configDirectory: string): SlaFile {
  const path = join(configDirectory, SLA_FILE_NAME);
  if (!existsSync(path))
    throw new Error(`${path} is missing (the SLA rules per channel and scheme)`);
  const parsed = slaFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  for (const channel of Object.values(ContactChannel)) {
    if (!parsed.data.rules.some((rule) => rule.channel === channel && !rule.aidScheme))
      throw new Error(`${path}: no default rule for channel ${channel}`);
  }
  return parsed.data;
}

/** The scheme-specific rule when there is one, else the channel's default. */
export function ruleFor(
  file: SlaFile,
  channel: ContactChannel,
  aidScheme: string | null | undefined,
): SlaRule {
  return (
    file.rules.find(
      (rule) => rule.channel === channel && aidScheme && rule.aidScheme === aidScheme,
    ) ?? (file.rules.find((rule) => rule.channel === channel && !rule.aidScheme) as SlaRule)
  );
}
