import { DomainException, ErrorCode } from '@gru/errors';
import { PerimeterProblem } from './perimeter-problem';

/**
 * The perimeters do not partition the region: boot refuses to start, the import refuses to write
 * and the API answers 422, each with the full list.
 */
export class PerimeterValidationError extends DomainException {
  constructor(readonly problems: readonly PerimeterProblem[]) {
    const count = problems.length;
    super(
      ErrorCode.InvalidPerimeter,
      `Périmètres invalides : ${count} problème${count > 1 ? 's' : ''} / ` +
        `Antenna perimeters do not match the official data (${count} problem${count > 1 ? 's' : ''}):\n` +
        problems.map((problem) => `- ${problem.message}`).join('\n'),
      { problems },
    );
  }
}
