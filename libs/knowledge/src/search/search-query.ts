/*
 * From what an agent types to a PostgreSQL tsquery: accent- and case-folded words, synonym groups
 * merged into alternatives, typo corrections added as alternatives, every word a prefix. Pure:
 * the database only supplies the vocabulary's corrections.
 */

const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces d dans de des du elle en et il ils je l la le les leur lui ma mais me mes ' +
    'mon n ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes ton tu un une ' +
    'vos votre vous y est sont'
  ).split(' '),
);

/** Lower case, no accents, letters and digits only, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function wordsOf(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised ? normalised.split(' ') : [];
}

/** One position of the query: any of its alternatives (each a phrase of one or more words) matches. */
export interface QuerySlot {
  readonly alternatives: readonly (readonly string[])[];
}

/** The query's content words (stop words left out, unless nothing else remains). */
export function queryWords(text: string): string[] {
  const words = wordsOf(text).slice(0, 12);
  const content = words.filter((word) => !STOP_WORDS.has(word));
  return content.length > 0 ? content : [];
}

/**
 * Slots of the query, synonyms merged: where the words spell a term of a group, that span becomes
 * one slot whose alternatives are every term of the group (longest terms first).
 */
export function buildSlots(
  words: readonly string[],
  synonymGroups: readonly (readonly string[])[],
): QuerySlot[] {
  const groups = synonymGroups.map((group) =>
    group.map((term) => queryWords(term)).filter((t) => t.length > 0),
  );
  const slots: QuerySlot[] = [];
  let index = 0;
  while (index < words.length) {
    let best: { length: number; group: string[][] } | undefined;
    for (const group of groups)
      for (const term of group)
        if (
          term.length > (best?.length ?? 0) &&
          term.every((word, offset) => words[index + offset] === word)
        )
          best = { length: term.length, group };
    if (best) {
      const alternatives = [...best.group];
      slots.push({ alternatives: dedupe(alternatives) });
      index += best.length;
    } else {
      slots.push({ alternatives: [[words[index]]] });
      index += 1;
    }
  }
  return slots;
}

function dedupe(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Adds each word's corrections (from the vocabulary) as alternatives of its one-word slot. */
export function withCorrections(
  slots: readonly QuerySlot[],
  corrections: ReadonlyMap<string, readonly string[]>,
): QuerySlot[] {
  return slots.map((slot) => {
    const extra = slot.alternatives
      .filter((phrase) => phrase.length === 1)
      .flatMap((phrase) => corrections.get(phrase[0]) ?? [])
      .map((word) => [word]);
    return extra.length
      ? { alternatives: dedupe([...slot.alternatives.map((p) => [...p]), ...extra]) }
      : slot;
  });
}

/**
 * French plurals the stemmer leaves apart ("vélos" stems to "velos", "vélo" to "velo"): a word
 * ending in s or x also matches its singular.
 */
export function withSingulars(slots: readonly QuerySlot[]): QuerySlot[] {
  return slots.map((slot) => {
    const singulars = slot.alternatives
      .filter(
        (phrase) =>
          phrase.length === 1 &&
          phrase[0].length >= 4 &&
          /[sx]$/.test(phrase[0]) &&
          !/(is|us|ss)$/.test(phrase[0]),
      )
      .map((phrase) => [phrase[0].slice(0, -1)]);
    return singulars.length
      ? { alternatives: dedupe([...slot.alternatives.map((p) => [...p]), ...singulars]) }
      : slot;
  });
}

/** Words are [a-z0-9]+ only, so they are safe inside the tsquery syntax. */
const term = (word: string) =>
  word.length >= 3 && !/^\d+$/.test(word) ? `'${word}':*` : `'${word}'`;

/** `all`: every slot must match; `any`: at least one (the fallback when `all` finds too little). */
export function toTsquery(slots: readonly QuerySlot[], mode: 'all' | 'any'): string {
  const parts = slots
    .map((slot) =>
      slot.alternatives.map((phrase) => `(${phrase.map(term).join(' & ')})`).join(' | '),
    )
    .filter(Boolean)
    .map((part) => `(${part})`);
  return parts.join(mode === 'all' ? ' & ' : ' | ');
}
