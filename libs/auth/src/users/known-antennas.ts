import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@gru/errors';

/**
 * Whether an antenna id names a real antenna (or the head office), as the territory library knows
 * them: it registers its check when it starts (this library cannot depend on it). An account
 * attached to an unknown id would see nothing and take calls for a pool no caller reaches. Where
 * no territory is loaded (tools), any well-formed id is taken.
 */
@Injectable()
export class KnownAntennas {
  private isKnown: ((antennaId: string) => boolean) | null = null;

  provide(isKnown: (antennaId: string) => boolean): void {
    this.isKnown = isKnown;
  }

  assertKnown(antennaId: string | null | undefined): void {
    if (!antennaId || !this.isKnown || this.isKnown(antennaId)) return;
    throw new ValidationFailedException([
      {
        field: 'antennaId',
        messages: [`antennaId : antenne inconnue « ${antennaId} » / unknown antenna`],
      },
    ]);
  }
}
