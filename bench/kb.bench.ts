import { KnowledgeSearch, KnowledgeTransfer, MARK_SUPERSEDED, Vocabulary } from '@gru/knowledge';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startBenchApi } from './bench-api';
import type { Benchmark } from './benchmark';
import { measureGets } from './http-load';

const CONTENT = resolve(__dirname, '../tools/kb-demo/content.json');
const QUALITY = resolve(__dirname, '../test/fixtures/knowledge/search-quality.json');
const ARTICLES = 10_000;
const REVISIONS_PER_ARTICLE = 10;
const SEARCHES = 400;
const WARM_UP = 50;
const TARGET_P95_MS = 50;
const TARGET_RECALL = 0.9;

interface QualityCase {
  readonly query: string;
  readonly expected: string;
  readonly kind?: string;
}

const ms = (value: number) => value.toFixed(1);
const percentile = (sorted: readonly number[], rank: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(rank * sorted.length) - 1)] ?? Number.NaN;

/**
 * 10,000 synthetic articles of 10 revisions each, every revision published in turn (the nine older
 * ones superseded, as publication leaves them). Each text draws a fifth of its words from the demo
 * content's vocabulary and the rest from 20,000 filler words, so that a domain word ("permis")
 * appears in a few percent of the articles, as in a real base, rather than in all of them.
 */
export async function seedVolume(
  databaseUrl: string,
  vocabulary: readonly string[],
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO knowledge_entries (family, kind, slug)
       SELECT 'article', (ARRAY['faq','phrasing','antenna'])[1 + i % 3]::knowledge_kind, 'bench-' || i
         FROM generate_series(1, $1::int) i`,
      [ARTICLES],
    );
    await client.query(
      `INSERT INTO knowledge_revisions (entry_id, number, state, content, title, search_primary,
                                        search_secondary, search_body, effective_from, published_at)
       SELECT e.id, n, 'published',
              jsonb_build_object('kind', e.kind, 'slug', e.slug, 'title', t.title, 'body', t.body,
                                 'schemeSlug', null, 'antennaId', null, 'tags', '[]'::jsonb, 'situation', null),
              t.title, t.title, CASE WHEN e.kind = 'phrasing' THEN t.body ELSE '' END,
              CASE WHEN e.kind = 'phrasing' THEN '' ELSE t.body END,
              now() - make_interval(days => ${REVISIONS_PER_ARTICLE + 1} - n), now() - make_interval(days => ${REVISIONS_PER_ARTICLE + 1} - n)
         FROM knowledge_entries e CROSS JOIN generate_series(1, ${REVISIONS_PER_ARTICLE}) n,
         -- "n * 0" ties the draws to the row, so each revision gets its own words.
         LATERAL (SELECT string_agg(CASE WHEN random() < 0.2
                                         THEN ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int]
                                         ELSE 'mot' || floor(random() * 20000)::int END, ' ') AS title
                    FROM generate_series(1, 6 + n * 0)) tt,
         LATERAL (SELECT string_agg(CASE WHEN random() < 0.2
                                         THEN ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int]
                                         ELSE 'mot' || floor(random() * 20000)::int END, ' ') AS body
                    FROM generate_series(1, 80 + n * 0)) tb,
         LATERAL (SELECT tt.title, tb.body) t
        WHERE e.slug LIKE 'bench-%'`,
      [vocabulary],
    );
    await client.query(MARK_SUPERSEDED, [new Date(), null]);
    // The steady state autovacuum keeps in production: no dead index entries from the marking.
    await client.query('VACUUM ANALYZE knowledge_revisions');
    await client.query('VACUUM ANALYZE knowledge_entries');
  } finally {
    await client.end();
  }
}

const knowledgeBenchmark: Benchmark = {
  title: 'Knowledge base: search quality and latency',
  async run(log) {
    if (!existsSync(CONTENT) || !existsSync(QUALITY))
      throw new Error(
        'tools/kb-demo/content.json and test/fixtures/knowledge/search-quality.json are needed',
      );
    const content = JSON.parse(readFileSync(CONTENT, 'utf8')) as {
      schemes: { body: string }[];
      articles: { body: string }[];
    };
    const cases = JSON.parse(readFileSync(QUALITY, 'utf8')) as QualityCase[];
    const api = await startBenchApi();
    try {
      const headers = { Authorization: `Bearer ${api.token}` };
      log('importing the demo content (published)…');
      await api.app.get(KnowledgeTransfer).import(content, { publish: true });
      await api.app.get(Vocabulary).rebuild();

      log(`search quality over ${cases.length} queries…`);
      let hits = 0;
      let reciprocal = 0;
      const misses: string[] = [];
      for (const item of cases) {
        const response = await fetch(
          `${api.baseUrl}/api/knowledge/search?q=${encodeURIComponent(item.query)}&limit=10`,
          { headers },
        );
        const { results } = (await response.json()) as {
          results: { type: string; slug: string }[];
        };
        const rank =
          results.findIndex((result) => result.type === 'scheme' && result.slug === item.expected) +
          1;
        if (rank >= 1 && rank <= 5) hits += 1;
        else
          misses.push(
            `\`${item.query}\` → ${item.expected} (${rank === 0 ? 'absent' : `rank ${rank}`}; first: ${results[0]?.slug ?? 'none'})`,
          );
        if (rank > 0) reciprocal += 1 / rank;
      }
      const recall = hits / cases.length;
      const mrr = reciprocal / cases.length;
      log(`recall@5 ${recall.toFixed(3)}, MRR ${mrr.toFixed(3)}`);

      log(`seeding ${ARTICLES} articles × ${REVISIONS_PER_ARTICLE} revisions…`);
      const words = [
        ...new Set(
          [...content.schemes, ...content.articles]
            .flatMap((entry) => entry.body.replace(/<[^>]+>/g, ' ').split(/[^\p{L}\p{N}]+/u))
            .filter((word) => word.length > 3),
        ),
      ];
      const seedStart = performance.now();
      await seedVolume(api.databaseUrl, words);
      log(
        `seeded in ${ms((performance.now() - seedStart) / 1000)} s (${words.length} distinct words drawn)`,
      );
      await api.app.get(Vocabulary).rebuild();

      const queries = cases.map((item) => item.query);
      const url = (i: number) =>
        `${api.baseUrl}/api/knowledge/search?q=${encodeURIComponent(queries[i % queries.length])}`;
      await measureGets((i) => url(i + 7), headers, WARM_UP, 1);
      log('HTTP search…');
      const http = await measureGets(url, headers, SEARCHES, 1);

      log('bare PostgreSQL statement…');
      const search = api.app.get(KnowledgeSearch);
      const client = new Client({ connectionString: api.databaseUrl });
      await client.connect();
      const bare: number[] = [];
      try {
        const now = new Date();
        const today = now.toISOString().slice(0, 10);
        const statement = search
          .sql({})
          .replace(':tsquery', '$1')
          .replace(/:now/g, '$2')
          .replace(/CAST\(:today AS date\)/g, 'CAST($3 AS date)')
          .replace(':limit', '20');
        const tsqueries = queries.map((query) =>
          query
            .normalize('NFD')
            .replace(/\p{M}+/gu, '')
            .toLowerCase()
            .split(/[^a-z0-9]+/)
            .filter((word) => word.length > 2)
            .map((word) => `${word}:*`)
            .join(' & '),
        );
        for (let i = 0; i < WARM_UP + SEARCHES; i += 1) {
          const tsquery = tsqueries[i % tsqueries.length] || 'aide';
          const startedAt = performance.now();
          await client.query(statement, [tsquery, now, today]);
          if (i >= WARM_UP) bare.push(performance.now() - startedAt);
        }
      } finally {
        await client.end();
      }
      bare.sort((a, b) => a - b);
      const verdict = (value: boolean) => (value ? 'yes' : '**no**');
      return [
        `Quality: the ${cases.length} agent queries of \`test/fixtures/knowledge/search-quality.json\` (typos, missing accents, synonyms, partial words, plurals) over the demo content (\`tools/kb-demo/content.json\`, published); a query hits when the expected scheme is among the first 5 results.`,
        '',
        '| measure | value | target | met |',
        '| --- | --- | --- | --- |',
        `| recall@5 | ${recall.toFixed(3)} (${hits}/${cases.length}) | ≥ ${TARGET_RECALL} | ${verdict(recall >= TARGET_RECALL)} |`,
        `| MRR | ${mrr.toFixed(3)} | — | — |`,
        '',
        misses.length ? `Misses: ${misses.join('; ')}.` : 'Misses: none.',
        '',
        `Latency: the same queries, one at a time, after adding ${ARTICLES.toLocaleString('en-US')} articles of ${REVISIONS_PER_ARTICLE} revisions each (${(ARTICLES * REVISIONS_PER_ARTICLE).toLocaleString('en-US')} revisions, each published in turn, so 90,000 are superseded history; a fifth of each text's words from the demo vocabulary, the rest filler, so a domain word is in a few percent of the articles), ${SEARCHES} searches after ${WARM_UP} warm-up, load average ${loadavg()[0].toFixed(1)} on the machine at the end (other agents' runs share its cores).`,
        '',
        '| path | p50 ms | p95 ms | p99 ms | target p95 | met |',
        '| --- | --- | --- | --- | --- | --- |',
        `| \`GET /api/knowledge/search\` (HTTP, synonyms, typo lookup, fallback) | ${ms(http.p50Ms)} | ${ms(http.p95Ms)} | ${ms(http.p99Ms)} | < ${TARGET_P95_MS} | ${verdict(http.p95Ms < TARGET_P95_MS)} |`,
        `| the bare PostgreSQL statement (prefix AND query over the whole text, no synonyms, no title pass) | ${ms(percentile(bare, 0.5))} | ${ms(percentile(bare, 0.95))} | ${ms(percentile(bare, 0.99))} | — | — |`,
        '',
        `HTTP failures: ${http.failures}.`,
      ].join('\n');
    } finally {
      await api.close();
    }
  },
};

export default knowledgeBenchmark;
