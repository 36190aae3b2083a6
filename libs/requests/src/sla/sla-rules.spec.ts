import { resolve } from 'node:path';
import { loadSlaFile, ruleFor } from './sla-rules';

describe('SLA rules (config/sla.json)', () => {
  const file = loadSlaFile(resolve(__dirname, '../../../../config'));

  it('has the council rules: email 2 working days, letter 10, callback next working day', () => {
    expect(ruleFor(file, 'email', null).workingDays).toBe(2);
    expect(ruleFor(file, 'letter', null).workingDays).toBe(10);
    expect(ruleFor(file, 'phone', null).workingDays).toBe(1);
  });

  it('prefers a scheme-specific rule and falls back to the channel default', () => {
    expect(ruleFor(file, 'email', 'aide-au-permis-de-conduire').workingDays).toBe(3);
    expect(ruleFor(file, 'email', 'unknown-scheme').workingDays).toBe(2);
  });
});
