import { z } from 'zod';

export interface ReadOptions {
  /** Used only in development/demo mode, so production never runs on a demo secret. */
  readonly devDefault?: string;
  /** Used in every mode: only for values that are safe everywhere. */
  readonly default?: string;
  /** A secret is never echoed in an error message. */
  readonly secret?: boolean;
}

/**
 * Reads environment variables through zod schemas and collects every problem, so that one boot
 * reports all misconfigured variables at once instead of one per restart.
 */
export class EnvReader {
  readonly problems: { section: string; message: string }[] = [];
  private currentSection = 'general';

  constructor(
    private readonly env: Record<string, string | undefined>,
    readonly developmentDefaultsEnabled: boolean,
  ) {}

  /** Tags the problems found while reading one module's variables, so a CLI can ask for a subset. */
  section<T>(name: string, read: () => T): T {
    const previous = this.currentSection;
    this.currentSection = name;
    try {
      return read();
    } finally {
      this.currentSection = previous;
    }
  }

  required<T>(
    name: string,
    schema: z.ZodType<T, string>,
    expected: string,
    options: ReadOptions = {},
  ): T {
    const raw = this.raw(name, options);
    if (raw === undefined) {
      this.problems.push({
        section: this.currentSection,
        message: `${name} is missing (expected ${expected})`,
      });
      return undefined as T;
    }
    return this.parse(name, raw, schema, expected, options);
  }

  optional<T>(
    name: string,
    schema: z.ZodType<T, string>,
    expected: string,
    options: ReadOptions = {},
  ): T | undefined {
    const raw = this.raw(name, options);
    return raw === undefined ? undefined : this.parse(name, raw, schema, expected, options);
  }

  private raw(name: string, options: ReadOptions): string | undefined {
    const value = this.env[name];
    if (value !== undefined && value !== '') return value;
    if (this.developmentDefaultsEnabled && options.devDefault !== undefined)
      return options.devDefault;
    return options.default;
  }

  private parse<T>(
    name: string,
    raw: string,
    schema: z.ZodType<T, string>,
    expected: string,
    options: ReadOptions,
  ): T {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    const shown = options.secret
      ? ''
      : ` (got ${JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw)})`;
    this.problems.push({
      section: this.currentSection,
      message: `${name} must be ${expected}${shown}`,
    });
    return undefined as T;
  }
}

export const portNumber = z
  .string()
  .regex(/^\d+$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(65535));

export const positiveInteger = z
  .string()
  .regex(/^\d+$/)
  .transform(Number)
  .pipe(z.number().int().positive());

export const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export function urlWithProtocol(...protocols: string[]) {
  return z.string().refine((value) => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  });
}
