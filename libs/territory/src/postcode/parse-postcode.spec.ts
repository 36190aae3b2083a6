import { InvalidPostcode } from './invalid-postcode.exception';
import { isValidPostcode, parsePostcode } from './parse-postcode';

describe('parsePostcode', () => {
  it('accepts five ASCII digits and returns them unchanged', () => {
    expect(parsePostcode('80000')).toBe('80000');
  });

  it('keeps the leading zero of an Aisne postcode', () => {
    expect(parsePostcode('02000')).toBe('02000');
  });

  it.each([
    ['is too short', '8010'],
    ['has a space inside', '80 100'],
    ['has a letter', '8010A'],
    ['is empty', ''],
    ['is too long', '801000'],
    ['has a leading space (never trimmed)', ' 80100'],
    ['has a trailing newline (never trimmed)', '80100\n'],
    ['is written in full-width digits', '８０１００'],
    ['is written in Arabic-Indic digits', '٨٠١٠٠'],
    ['has a Corsican letter', '2A004'],
  ])('refuses a postcode that %s', (_case, raw) => {
    expect(() => parsePostcode(raw)).toThrow(InvalidPostcode);
    expect(isValidPostcode(raw)).toBe(false);
  });

  it.each([
    ['a number, which has already lost any leading zero', 2000],
    ['null', null],
    ['undefined', undefined],
    ['an object', { postcode: '80000' }],
  ])('refuses %s', (_case, raw) => {
    expect(() => parsePostcode(raw)).toThrow(InvalidPostcode);
  });

  it('says what was expected, in French and in English, with a machine-readable code', () => {
    let caught: unknown;
    try {
      parsePostcode('8010');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidPostcode);
    expect(caught).toMatchObject({
      code: 'invalid-postcode',
      messageFr: 'Code postal invalide : cinq chiffres attendus, par exemple 80000.',
      messageEn: 'Invalid postcode: expected five digits, e.g. 80000.',
      message:
        'Code postal invalide : cinq chiffres attendus, par exemple 80000. / Invalid postcode: expected five digits, e.g. 80000.',
    });
  });
});
