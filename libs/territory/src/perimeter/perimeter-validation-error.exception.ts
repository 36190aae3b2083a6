import { PerimeterProblem } from './perimeter-problem';

/** The antenna perimeters do not partition the region: the platform must refuse to start. */
export class PerimeterValidationError extends Error {
  readonly code = 'invalid-perimeter';

  constructor(readonly problems: readonly PerimeterProblem[]) {
    super(
      `Antenna perimeters do not match the official data (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n` +
        problems.map((problem) => `- ${problem.message}`).join('\n'),
    );
    this.name = 'PerimeterValidationError';
  }
}
