import { ConfigError } from './config-error';
import type { ConfigSection, LoadedConfig } from './gru-config';
import { loadConfig } from './load-config';

/** Entry points call this first: a bad configuration ends the process with one readable line. */
export function loadConfigOrExit<S extends ConfigSection>(
  sections: readonly S[],
  env: Record<string, string | undefined> = process.env,
): LoadedConfig<S> {
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
