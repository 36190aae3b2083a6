import { KnowledgeTransfer } from '../import/knowledge-transfer.service';
import { KnowledgeFamily } from '../persistence/knowledge-kind';
import { KnowledgeStore } from '../revisions/knowledge-store.service';
import { startKnowledgeTestContext, KnowledgeTestContext } from '../testing/knowledge-test-context';
import { RevisionTransitions } from '../workflow/revision-transitions.service';
import { RevisionAction } from '../workflow/revision-workflow';
import { KnowledgeSearch } from './knowledge-search.service';
import { Vocabulary } from './vocabulary.service';

const scheme = (slug: string, name: string, extra: Record<string, unknown> = {}) => ({
  slug,
  name,
  theme: 'mobilite',
  summary: '',
  body: '',
  tags: [],
  eligibility: {},
  opensOn: null,
  closesOn: null,
  requiredDocuments: [],
  applyUrl: null,
  ...extra,
});

/** Search against the real PostgreSQL: French stemming, accents, weights, filters, live content only. */
describe('knowledge search', () => {
  let context: KnowledgeTestContext;
  let search: KnowledgeSearch;

  beforeAll(async () => {
    context = await startKnowledgeTestContext();
    search = context.app.get(KnowledgeSearch);
    await context.app.get(KnowledgeTransfer).import(
      {
        schemes: [
          scheme('aide-permis', 'Aide au permis de conduire', {
            tags: ['permis B'],
            summary: '<p>Pour les jeunes en insertion.</p>',
          }),
          scheme('transport-apprentis', 'Transport des apprentis', {
            body: '<p>Le permis de conduire n’est pas concerné.</p>',
          }),
          scheme('ancien-cheque-permis', 'Ancien chèque permis', { closesOn: '2020-12-31' }),
          scheme('energie-renovation', 'Rénovation énergétique des logements', {
            theme: 'energie',
            audiences: ['owner'],
            tags: ['isolation', 'chauffage'],
          }),
        ],
        articles: [
          {
            slug: 'faq-permis-age',
            kind: 'faq',
            title: 'À partir de quel âge demander l’aide au permis ?',
            body: '<p>Dès 17 ans pour la conduite accompagnée.</p>',
            schemeSlug: 'aide-permis',
          },
        ],
        synonyms: [['logement', 'maison', 'appartement']],
      },
      { publish: true },
    );
    await context.app.get(Vocabulary).rebuild();
  }, 60_000);

  afterAll(() => context.close());

  const slugs = async (query: string, filters = {}) =>
    (await search.search(query, filters)).map((result) => result.slug);

  it('ranks a name match above a body match, open schemes above closed ones', async () => {
    const found = await slugs('permis');
    expect(found[0]).toBe('aide-permis');
    expect(found.indexOf('ancien-cheque-permis')).toBeGreaterThan(found.indexOf('aide-permis'));
    expect(found).toEqual(expect.arrayContaining(['transport-apprentis', 'faq-permis-age']));
  });

  it('matches plurals, partial words and missing accents', async () => {
    expect((await slugs('renovations energetiques'))[0]).toBe('energie-renovation');
    expect((await slugs('renov'))[0]).toBe('energie-renovation');
    expect((await slugs('APPRENTI'))[0]).toBe('transport-apprentis');
  });

  it('corrects typos from the vocabulary and expands synonyms', async () => {
    expect((await slugs('permsi conduire'))[0]).toBe('aide-permis');
    expect((await slugs('isolation maison'))[0]).toBe('energie-renovation');
  });

  it('filters by kind, theme, status and audience', async () => {
    expect(await slugs('permis', { kind: 'faq' })).toEqual(['faq-permis-age']);
    expect(await slugs('permis', { status: 'closed' })).toEqual(['ancien-cheque-permis']);
    expect(await slugs('isolation', { theme: 'mobilite' })).toEqual([]);
    expect(await slugs('isolation', { audience: 'owner' })).toEqual(['energie-renovation']);
  });

  it('highlights the matches in the snippet', async () => {
    const [first] = await search.search('jeunes insertion');
    expect(first.snippet).toContain('<mark>jeunes</mark>');
  });

  it('forgets archived content', async () => {
    const store = context.app.get(KnowledgeStore);
    const entry = await store.entry(KnowledgeFamily.Scheme, 'transport-apprentis');
    const live = await store.live(entry.id, new Date());
    await context.app
      .get(RevisionTransitions)
      .apply(live!, RevisionAction.Archive, '00000000-0000-4000-8000-000000000001');
    expect(await slugs('apprentis')).not.toContain('transport-apprentis');
  });
});
