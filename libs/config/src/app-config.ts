import type { GruConfig } from './gru-config';

/** Injection token and typed accessor for the validated configuration. */
export abstract class AppConfig {
  abstract readonly values: GruConfig;
}

export class StaticAppConfig extends AppConfig {
  constructor(readonly values: GruConfig) {
    super();
  }
}
