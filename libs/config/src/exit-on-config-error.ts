import { ConfigError } from './config-error';
import type { GruConfig } from './gru-config';
import { ConfigSection, loadConfig } from './load-config';

/** Entry points call this first: a bad configuration ends the process with one readable line. */
export function loadConfigOrExit(
  sections?: readonly ConfigSection[],
  env: Record<string, string | undefined> = process.env,
): GruConfig {
  try {
    return loadConfig(env, sections);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG from sysexits.h
    }
    throw error;
  }
}
