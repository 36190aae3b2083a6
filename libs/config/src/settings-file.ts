import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Non-secret tunables that belong to the product, not to a deployment: they live in
 * config/settings.json under version control, and environment variables override where allowed.
 */
export const settingsSchema = z
  .object({
    auth: z
      .object({
        accessTokenTtlSeconds: z.number().int().positive(),
        refreshTokenTtlSeconds: z.number().int().positive(),
        maxFailedLogins: z.number().int().positive(),
        failedLoginWindowSeconds: z.number().int().positive(),
        lockoutSeconds: z.number().int().positive(),
        /** Requests per client address to each of login and refresh within the window. */
        ipRequestLimit: z.number().int().positive(),
        ipWindowSeconds: z.number().int().positive(),
      })
      .strict(),
    queues: z
      .object({
        attempts: z.number().int().positive(),
        backoffDelayMs: z.number().int().nonnegative(),
        keepCompleted: z.number().int().nonnegative(),
        keepFailed: z.number().int().nonnegative(),
        shutdownGraceMs: z.number().int().positive(),
      })
      .strict(),
    health: z.object({ probeTimeoutMs: z.number().int().positive() }).strict(),
    /** RGPD: citizens inactive for this long (all requests closed, no contact) are anonymised. */
    retention: z
      .object({
        citizenYears: z.number().int().min(1).max(10),
        /** The audit trail's keeping period; the database refuses to delete younger than 6 months. */
        auditMonths: z.number().int().min(6).max(120),
      })
      .strict(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export function defaultConfigDirectory(): string {
  return resolve(process.cwd(), 'config');
}

export function readSettingsFile(
  configDirectory: string,
  problems: string[],
): Settings | undefined {
  const file = join(configDirectory, 'settings.json');
  if (!existsSync(file)) {
    problems.push(`${file} is missing (expected the platform settings file)`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file} is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${file} ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return undefined;
  }
  return parsed.data;
}
