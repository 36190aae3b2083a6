import { normaliseEmailAddress } from './email-address';
import { nameKey } from './name-key';
import { toE164 } from './phone-number';

describe('citizen identity normalisation', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['03.22.97.37.37', '+33322973737'],
    ['+32 2 555 12 12', '+3225551212'],
  ])('writes the phone %s as %s', (raw, e164) => {
    expect(toE164(raw)).toBe(e164);
  });

  it.each(['12', 'not a phone', '06 12 34', '+33 0 00 00 00 00'])(
    'refuses %s as a phone number',
    (raw) => {
      expect(toE164(raw)).toBeUndefined();
    },
  );

  it('normalises emails and refuses what is not one', () => {
    expect(normaliseEmailAddress('  Jean.Dupont@Example.FR ')).toBe('jean.dupont@example.fr');
    expect(normaliseEmailAddress('jean.dupont@')).toBeUndefined();
    expect(normaliseEmailAddress('jean dupont@example.fr')).toBeUndefined();
  });

  it('gives names an accent-, case- and punctuation-insensitive key', () => {
    expect(nameKey('Hélène', 'LEFÈVRE-Dupont')).toBe('helene lefevre dupont');
    expect(nameKey('Noël', "D'Œillet")).toBe('noel d oeillet');
    expect(nameKey(undefined, '  Çà  ')).toBe('ca');
  });
});
