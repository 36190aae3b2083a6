import { ContactChannel } from '@gru/citizens';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSlaFile, ruleFor, SLA_FILE_NAME } from './sla-rules';

const CONFIG_DIRECTORY = resolve(__dirname, '../../../../config');

describe('SLA rules (config/sla.json)', () => {
  const file = loadSlaFile(CONFIG_DIRECTORY);

  it('has the council rules: email 2 working days, letter 10, callback next working day', () => {
    expect(ruleFor(file, ContactChannel.Email, null).workingDays).toBe(2);
    expect(ruleFor(file, ContactChannel.Letter, null).workingDays).toBe(10);
    expect(ruleFor(file, ContactChannel.Phone, null).workingDays).toBe(1);
  });

  it('prefers a scheme-specific rule and falls back to the channel default', () => {
    expect(ruleFor(file, ContactChannel.Email, 'aide-au-permis-de-conduire').workingDays).toBe(3);
    expect(ruleFor(file, ContactChannel.Email, 'unknown-scheme').workingDays).toBe(2);
  });

  it('knows the channels of ContactChannel, no other: each needs a default rule', () => {
    const withRules = (rules: unknown[]) => {
      const directory = mkdtempSync(join(tmpdir(), 'gru-sla-'));
      const original = JSON.parse(
        readFileSync(join(CONFIG_DIRECTORY, SLA_FILE_NAME), 'utf8'),
      ) as object;
      writeFileSync(join(directory, SLA_FILE_NAME), JSON.stringify({ ...original, rules }));
      return () => loadSlaFile(directory);
    };
    const defaults = Object.values(ContactChannel).map((channel) => ({ channel, workingDays: 2 }));
    expect(withRules(defaults)().rules).toHaveLength(Object.values(ContactChannel).length);
    expect(withRules(defaults.filter((rule) => rule.channel !== ContactChannel.Web))).toThrow(
      'no default rule for channel web',
    );
    expect(withRules([...defaults, { channel: 'fax', workingDays: 2 }])).toThrow(
      /rules\.5\.channel/,
    );
  });
});
