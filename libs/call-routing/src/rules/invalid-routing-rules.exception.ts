/** config/call-routing.json is unreadable or inconsistent: the process refuses to start. */
export class InvalidRoutingRules extends Error {
  readonly code = 'invalid-routing-rules';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(
      `Invalid routing rules ${source}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    );
    this.name = 'InvalidRoutingRules';
  }
}
