/** One line of the synonyms editor: the terms of a group as the editor types them, comma-separated. */
export interface SynonymRow {
  readonly key: number;
  readonly text: string;
}

export type SynonymRowsResult =
  | { readonly ok: true; readonly groups: string[][] }
  | { readonly ok: false; readonly errors: ReadonlyMap<number, string> };

const termsOf = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((term) => term.trim().replace(/\s+/g, ' ').toLowerCase())
      .filter((term) => term.length > 0),
  ),
];

export function rowsOf(groups: readonly (readonly string[])[]): SynonymRow[] {
  return groups.map((terms, key) => ({ key, text: terms.join(', ') }));
}

/**
 * The groups to save: blank lines are dropped, a line of a single term is an error (a synonym needs
 * a partner), and so is a term in two groups (the search would merge them silently).
 */
export function groupsOf(
  rows: readonly SynonymRow[],
  messages: { single: string; repeated: (term: string) => string },
): SynonymRowsResult {
  const errors = new Map<number, string>();
  const seen = new Map<string, number>();
  const groups: string[][] = [];
  for (const row of rows) {
    const terms = termsOf(row.text);
    if (terms.length === 0) continue;
    if (terms.length === 1) {
      errors.set(row.key, messages.single);
      continue;
    }
    const repeated = terms.find((term) => seen.has(term));
    if (repeated !== undefined) {
      errors.set(row.key, messages.repeated(repeated));
      continue;
    }
    for (const term of terms) seen.set(term, row.key);
    groups.push(terms);
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, groups };
}
