import { DomainException, ErrorCode } from '@gru/errors';

const MESSAGE_FR = 'Code postal invalide : cinq chiffres attendus, par exemple 80000.';
const MESSAGE_EN = 'Invalid postcode: expected five digits, e.g. 80000.';

/** A postcode that is not five ASCII digits; the message says what was expected, in both languages. */
export class InvalidPostcode extends DomainException {
  readonly messageFr = MESSAGE_FR;
  readonly messageEn = MESSAGE_EN;

  constructor() {
    // The two messages also travel as details, so the HTTP body carries them as separate fields.
    super(ErrorCode.InvalidPostcode, `${MESSAGE_FR} / ${MESSAGE_EN}`, {
      messageFr: MESSAGE_FR,
      messageEn: MESSAGE_EN,
    });
  }
}
