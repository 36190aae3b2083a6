import { formatOfFileName, parseCatalogue, stringifyCatalogue } from './catalogue-format';

const catalogue = {
  schemes: [
    {
      slug: 'aide-au-permis-de-conduire',
      name: 'Aide au permis de conduire',
      eligibility: { minAge: 18, maxAge: 25, territory: { departements: ['02', '80'] } },
      opensOn: '2026-09-01',
      body: '<p>Jusqu’à 1 000 € : « permis B ».</p>\n<p>Deuxième paragraphe.</p>',
    },
  ],
  articles: [],
};

describe('the catalogue formats', () => {
  it('reads YAML for .yaml and .yml files, JSON otherwise', () => {
    expect(formatOfFileName('catalogue.yaml')).toBe('yaml');
    expect(formatOfFileName('CATALOGUE.YML')).toBe('yaml');
    expect(formatOfFileName('catalogue.json')).toBe('json');
    expect(formatOfFileName('catalogue')).toBe('json');
  });

  it('round-trips a catalogue through YAML unchanged, codes and dates kept as strings', () => {
    const yaml = stringifyCatalogue(catalogue, 'yaml');
    expect(yaml).toMatch(/- ["']02["']/);
    expect(parseCatalogue(yaml, 'yaml')).toEqual(catalogue);
    expect(parseCatalogue(stringifyCatalogue(catalogue, 'json'), 'json')).toEqual(catalogue);
  });

  it('refuses aliases, duplicate keys and malformed YAML', () => {
    expect(() => parseCatalogue('a: &x [1]\nb: *x\n', 'yaml')).toThrow();
    expect(() => parseCatalogue('slug: a\nslug: b\n', 'yaml')).toThrow(/unique/i);
    expect(() => parseCatalogue('schemes: [unclosed\n', 'yaml')).toThrow(/line/i);
  });
});
