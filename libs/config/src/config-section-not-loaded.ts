import type { ConfigSection } from './gru-config';

/** A wiring mistake: a module reads configuration its process never loaded (and so never validated). */
export class ConfigSectionNotLoaded extends Error {
  constructor(
    readonly sections: readonly ConfigSection[],
    neededBy?: string,
  ) {
    super(
      `Configuration section(s) ${sections.join(', ')}${neededBy ? ` needed by ${neededBy}` : ''} ` +
        'were not loaded by this process: add them to its loadConfigOrExit call',
    );
  }
}
