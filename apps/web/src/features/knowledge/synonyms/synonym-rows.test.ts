import { describe, expect, it } from '@jest/globals';
import { groupsOf, rowsOf } from './synonym-rows';

const messages = {
  single: 'single',
  repeated: (term: string) => `repeated ${term}`,
};

describe('the synonyms editor rows', () => {
  it('shows each group as its terms separated by commas', () => {
    expect(
      rowsOf([
        ['bourse', 'aide financière'],
        ['ter', 'train'],
      ]),
    ).toEqual([
      { key: 0, text: 'bourse, aide financière' },
      { key: 1, text: 'ter, train' },
    ]);
  });

  it('saves trimmed, lower-cased, de-duplicated terms and drops blank lines', () => {
    expect(
      groupsOf(
        [
          { key: 0, text: ' Bourse ,aide   financière, bourse,' },
          { key: 1, text: '  ' },
          { key: 2, text: 'TER, train' },
        ],
        messages,
      ),
    ).toEqual({
      ok: true,
      groups: [
        ['bourse', 'aide financière'],
        ['ter', 'train'],
      ],
    });
  });

  it('refuses a lone term and a term already in another group, naming the line', () => {
    const result = groupsOf(
      [
        { key: 3, text: 'permis' },
        { key: 4, text: 'bourse, allocation' },
        { key: 5, text: 'Allocation, aide' },
      ],
      messages,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect([...result.errors]).toEqual([
        [3, 'single'],
        [5, 'repeated allocation'],
      ]);
  });
});
