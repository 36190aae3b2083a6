import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANTENNA_FILE_NAME, loadAntennaFile, loadOfficialTerritory } from '@gru/territory';
import { z } from 'zod';

// The demo content (issue 12's import format) and the search quality set, checked as data: a typo in a
// slug, a code or a date here would otherwise surface as a silently worse search benchmark.
const root = join(__dirname, '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const frenchText = z.string().trim().min(3);
const word = z.string().trim().min(2);
const STATUSES = [
  'student',
  'apprentice',
  'jobseeker',
  'employee',
  'high_school',
  'retired',
] as const;

const eligibilitySchema = z
  .object({
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    statuses: z.array(z.enum(STATUSES)).min(1).optional(),
    territory: z
      .object({
        regions: z.array(z.string()).min(1).optional(),
        departements: z.array(z.string()).min(1).optional(),
        epcis: z.array(z.string()).min(1).optional(),
        communes: z.array(z.string()).min(1).optional(),
      })
      .strict()
      .optional(),
    maxFamilyQuotient: z.number().positive().optional(),
    maxIncome: z.number().positive().optional(),
  })
  .strict();

const schemeSchema = z
  .object({
    slug,
    name: frenchText,
    shortName: frenchText,
    theme: slug,
    summary: frenchText,
    body: frenchText,
    tags: z.array(word).min(1),
    audiences: z.array(frenchText).min(1),
    amounts: frenchText,
    eligibility: eligibilitySchema,
    opensOn: isoDate,
    closesOn: isoDate,
    requiredDocuments: z.array(frenchText).min(1),
    applyUrl: z.url(),
    applyChannel: z.enum(['online', 'partner', 'school', 'antenna']),
    responsibleService: frenchText,
  })
  .strict();

const articleSchema = z
  .object({
    slug,
    kind: z.enum(['faq', 'phrasing', 'antenna']),
    title: frenchText,
    body: frenchText,
    schemeSlug: slug.optional(),
    antennaId: slug.optional(),
    tags: z.array(word).optional(),
    situation: frenchText.optional(),
  })
  .strict();

const contentSchema = z
  .object({
    schemes: z.array(schemeSchema).min(25),
    articles: z.array(articleSchema),
    synonyms: z.array(z.array(word).min(2)).min(30),
  })
  .strict();

const qualitySchema = z
  .array(
    z
      .object({
        query: word,
        expected: slug,
        kind: z.enum(['typo', 'accent', 'synonym', 'partial', 'plural', 'plain']),
      })
      .strict(),
  )
  .min(80);

const content = contentSchema.parse(readJson('tools/kb-demo/content.json'));
const quality = qualitySchema.parse(readJson('test/fixtures/knowledge/search-quality.json'));
const antennaIds = loadAntennaFile(join(root, 'config', ANTENNA_FILE_NAME)).antennas.map(
  (antenna) => antenna.id,
);
const schemeSlugs = new Set(content.schemes.map((scheme) => scheme.slug));

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('knowledge base demo content', () => {
  it('has unique scheme and article slugs', () => {
    expect(duplicates(content.schemes.map((scheme) => scheme.slug))).toEqual([]);
    expect(duplicates(content.articles.map((article) => article.slug))).toEqual([]);
  });

  it('links every scheme article to an existing scheme, and gives each scheme its phrasing and a FAQ', () => {
    const schemeArticles = content.articles.filter((article) => article.kind !== 'antenna');
    const unknown = schemeArticles.filter((article) => !schemeSlugs.has(article.schemeSlug ?? ''));
    expect(unknown.map((article) => article.slug)).toEqual([]);
    for (const scheme of content.schemes) {
      const kinds = schemeArticles
        .filter((article) => article.schemeSlug === scheme.slug)
        .map((a) => a.kind);
      expect({
        scheme: scheme.slug,
        phrasing: kinds.includes('phrasing'),
        faq: kinds.includes('faq'),
      }).toEqual({
        scheme: scheme.slug,
        phrasing: true,
        faq: true,
      });
    }
  });

  it('has one antenna page per antenna of config/antennas.json, and no page for an unknown antenna', () => {
    const pages = content.articles.filter((article) => article.kind === 'antenna');
    expect(antennaIds).toHaveLength(19);
    expect(pages.map((page) => page.antennaId).sort()).toEqual([...antennaIds].sort());
    expect(pages.every((page) => page.schemeSlug === undefined)).toBe(true);
  });

  it('uses only official territory codes of the region in eligibility', () => {
    const territory = loadOfficialTerritory();
    const communes = new Set(territory.communes.map((commune) => commune.inseeCode));
    const departements = new Set(territory.communes.map((commune) => commune.departmentCode));
    const epcis = new Set(territory.epcis.map((epci) => epci.siren));
    const unknownCodes = content.schemes.flatMap(({ slug: scheme, eligibility }) => {
      const area = eligibility.territory ?? {};
      return [
        ...(area.regions ?? []).filter((code) => code !== territory.regionCode),
        ...(area.departements ?? []).filter((code) => !departements.has(code)),
        ...(area.epcis ?? []).filter((code) => !epcis.has(code)),
        ...(area.communes ?? []).filter((code) => !communes.has(code)),
      ].map((code) => `${scheme}: ${code}`);
    });
    expect(unknownCodes).toEqual([]);
  });

  it('has coherent ages and campaigns, with schemes upcoming, open and closed on 2026-11-30', () => {
    const day = '2026-11-30';
    const statusOn = (scheme: { opensOn: string; closesOn: string }): string =>
      scheme.opensOn > day ? 'upcoming' : scheme.closesOn < day ? 'closed' : 'open';
    for (const scheme of content.schemes) {
      expect(scheme.opensOn < scheme.closesOn).toBe(true);
      const { minAge, maxAge } = scheme.eligibility;
      expect(minAge === undefined || maxAge === undefined || minAge <= maxAge).toBe(true);
    }
    const statuses = new Set(content.schemes.map(statusOn));
    expect([...statuses].sort()).toEqual(['closed', 'open', 'upcoming']);
  });

  it('writes bodies in the simple HTML the editor keeps (p, ul, li, strong)', () => {
    const bodies = [...content.schemes, ...content.articles].map((item) => item.body);
    const tags = new Set(
      bodies.flatMap((body) => [...body.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1])),
    );
    expect([...tags].sort()).toEqual(['li', 'p', 'strong', 'ul']);
  });
});

describe('search quality set', () => {
  it('expects only existing schemes and covers most of them', () => {
    expect(quality.filter((item) => !schemeSlugs.has(item.expected))).toEqual([]);
    const covered = new Set(quality.map((item) => item.expected));
    expect(covered.size).toBeGreaterThanOrEqual(content.schemes.length - 1);
  });

  it('holds every kind of query and the student grant misspelt as "bouse etudiant"', () => {
    const kinds = new Set(quality.map((item) => item.kind));
    expect(kinds.size).toBe(6);
    expect(quality).toContainEqual({
      query: 'bouse etudiant',
      expected: 'bourse-etudiante-regionale',
      kind: 'typo',
    });
    expect(duplicates(quality.map((item) => item.query.toLowerCase()))).toEqual([]);
  });
});
