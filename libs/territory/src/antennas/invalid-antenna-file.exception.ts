/** The antenna file is unreadable or inconsistent on its own, before any check against official data. */
export class InvalidAntennaFile extends Error {
  readonly code = 'invalid-antenna-file';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(
      `Invalid antenna file ${source}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    );
    this.name = 'InvalidAntennaFile';
  }
}
