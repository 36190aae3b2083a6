const MESSAGE_FR = 'Code postal invalide : cinq chiffres attendus, par exemple 80000.';
const MESSAGE_EN = 'Invalid postcode: expected five digits, e.g. 80000.';

/** A postcode that is not five ASCII digits; the message says what was expected, in both languages. */
export class InvalidPostcode extends Error {
  readonly code = 'invalid-postcode';
  readonly messageFr = MESSAGE_FR;
  readonly messageEn = MESSAGE_EN;

  constructor() {
    super(`${MESSAGE_FR} / ${MESSAGE_EN}`);
    this.name = 'InvalidPostcode';
  }
}
