import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@gru/errors';
import { TerritoryService } from '@gru/territory';

export interface Attachment {
  readonly postcode: string | null;
  readonly inseeCode: string | null;
  /** Antenna (or the headquarters area) serving the commune; null when the commune is unknown. */
  readonly antennaId: string | null;
}

/**
 * The antenna of attachment comes from the commune, never from a guess: a postcode shared by
 * communes of two antennas leaves the antenna open (triage) until the commune is known.
 */
@Injectable()
export class TerritorialAttachment {
  constructor(private readonly territory: TerritoryService) {}

  of(input: { postcode?: string | null; inseeCode?: string | null }): Attachment {
    const postcode = input.postcode ? this.territory.resolvePostcode(input.postcode) : undefined;
    if (input.inseeCode) {
      const commune = this.territory.index.commune(input.inseeCode);
      if (!commune) {
        throw new ValidationFailedException([
          {
            field: 'inseeCode',
            messages: [
              `inseeCode : commune inconnue dans la région (${input.inseeCode}) / unknown commune`,
            ],
          },
        ]);
      }
      if (postcode && !commune.postcodes.includes(postcode.postcode)) {
        throw new ValidationFailedException([
          {
            field: 'postcode',
            messages: [
              `postcode : ${postcode.postcode} n'est pas un code postal de ${commune.name} (${commune.postcodes.join(', ')}) / postcode does not match the commune`,
            ],
          },
        ]);
      }
      return {
        postcode:
          postcode?.postcode ?? (commune.postcodes.length === 1 ? commune.postcodes[0] : null),
        inseeCode: commune.inseeCode,
        antennaId: commune.antennaId,
      };
    }
    if (!postcode) return { postcode: null, inseeCode: null, antennaId: null };
    const onlyCommune = postcode.communes.length === 1 ? postcode.communes[0] : undefined;
    return {
      postcode: postcode.postcode,
      inseeCode: onlyCommune?.inseeCode ?? null,
      antennaId: postcode.antennaIds.length === 1 ? postcode.antennaIds[0] : null,
    };
  }
}
