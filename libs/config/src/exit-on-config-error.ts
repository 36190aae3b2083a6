import { ConfigError } from './config-error';
import type { GruConfig } from './gru-config';
import { loadConfig } from './load-config';

/** Entry points call this first: a bad configuration ends the process with one readable line. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): GruConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG from sysexits.h
    }
    throw error;
  }
}
