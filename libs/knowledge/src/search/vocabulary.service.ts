import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { liveCondition, MARK_SUPERSEDED } from '../revisions/live-revision';

/** Words of a text as the vocabulary keeps them: lower case, unaccented, 3 to 64 letters or digits. */
const WORDS_OF = (text: string) =>
  `SELECT word, count(*)::int AS n FROM regexp_split_to_table(lower(unaccent(${text})), '[^a-z0-9]+') AS word ` +
  `WHERE length(word) BETWEEN 3 AND 64 GROUP BY word`;

const TEXT = `r.search_primary || ' ' || r.search_secondary || ' ' || r.search_body`;

/**
 * The vocabulary of published content, for typo tolerance: a word the vocabulary lacks is matched
 * to its nearest words by trigram similarity (pg_trgm), which join the query as alternatives.
 */
@Injectable()
export class Vocabulary {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds a published revision's words (and synonym terms through `addTerms`). */
  async addRevision(
    revisionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO knowledge_words (word, occurrences)
       SELECT w.word, w.n FROM knowledge_revisions r, LATERAL (${WORDS_OF(TEXT)}) w WHERE r.id = $1
       ON CONFLICT (word) DO UPDATE SET occurrences = knowledge_words.occurrences + EXCLUDED.occurrences`,
      [revisionId],
    );
  }

  async addTerms(
    terms: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (terms.length === 0) return;
    await manager.query(
      `INSERT INTO knowledge_words (word, occurrences)
       SELECT w.word, w.n FROM (${WORDS_OF(`$1::text`)}) w
       ON CONFLICT (word) DO NOTHING`,
      [terms.join(' ')],
    );
  }

  /** Rebuilds from the content live now (after a bulk import, or to forget archived words). */
  async rebuild(now: Date = new Date()): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(MARK_SUPERSEDED, [now, null]);
      await tx.query('DELETE FROM knowledge_words');
      const [sql, parameters] = tx.connection.driver.escapeQueryWithParameters(
        `INSERT INTO knowledge_words (word, occurrences)
         SELECT w.word, sum(w.n)::int FROM knowledge_revisions r, LATERAL (${WORDS_OF(TEXT)}) w
         WHERE ${liveCondition('r')} GROUP BY w.word`,
        { now },
      );
      await tx.query(sql, parameters);
      await tx.query(
        `INSERT INTO knowledge_words (word, occurrences)
         SELECT w.word, 1 FROM knowledge_synonym_groups g, LATERAL (${WORDS_OF(`array_to_string(g.terms, ' ')`)}) w
         ON CONFLICT (word) DO NOTHING`,
      );
    });
  }

  /**
   * For each word the vocabulary does not know (neither as a word nor as the start of one), its
   * nearest known words by trigram similarity.
   */
  async corrections(words: readonly string[]): Promise<Map<string, string[]>> {
    const candidates = [
      ...new Set(words.filter((word) => word.length >= 4 && !/^\d+$/.test(word))),
    ];
    const map = new Map<string, string[]>();
    if (candidates.length === 0) return map;
    const rows = await this.dataSource.query<{ token: string; word: string }[]>(
      `SELECT t.token, c.word
         FROM unnest($1::text[]) AS t(token)
         CROSS JOIN LATERAL (
           SELECT k.word FROM knowledge_words k
            WHERE k.word % t.token AND similarity(k.word, t.token) >= 0.35
            ORDER BY similarity(k.word, t.token) DESC, k.occurrences DESC LIMIT 2
         ) c
        WHERE NOT EXISTS (SELECT 1 FROM knowledge_words k WHERE k.word LIKE t.token || '%')`,
      [candidates],
    );
    for (const { token, word } of rows) map.set(token, [...(map.get(token) ?? []), word]);
    return map;
  }
}
