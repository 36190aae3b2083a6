import {
  buildSlots,
  normaliseText,
  queryWords,
  toTsquery,
  withCorrections,
  withSingulars,
} from './search-query';

describe('search query', () => {
  it('folds accents, case and punctuation', () => {
    expect(normaliseText("Bourse d'ÉTUDES — Étudiant·e")).toBe('bourse d etudes etudiant e');
  });

  it('drops French stop words', () => {
    expect(queryWords("l'aide pour le permis de conduire")).toEqual(['aide', 'permis', 'conduire']);
  });

  it('merges a synonym group into one slot of alternatives, multi-word terms included', () => {
    const slots = buildSlots(queryWords('aide financière étudiant'), [
      ['bourse', 'aide financière'],
      ['étudiant', 'élève'],
    ]);
    expect(slots).toEqual([
      { alternatives: [['bourse'], ['aide', 'financiere']] },
      { alternatives: [['etudiant'], ['eleve']] },
    ]);
  });

  it('adds typo corrections as alternatives and writes a prefix tsquery', () => {
    const slots = withCorrections(
      buildSlots(['bouse', 'etudiant'], []),
      new Map([['bouse', ['bourse']]]),
    );
    expect(toTsquery(slots, 'all')).toBe("(('bouse':*) | ('bourse':*)) & (('etudiant':*))");
    expect(toTsquery(slots, 'any')).toBe("(('bouse':*) | ('bourse':*)) | (('etudiant':*))");
  });

  it('keeps short words and numbers exact', () => {
    expect(toTsquery(buildSlots(['bv', '2026'], []), 'all')).toBe("(('bv')) & (('2026'))");
  });

  it('lets a plural match its singular', () => {
    expect(withSingulars(buildSlots(['velos', 'bus', 'permis'], []))).toEqual([
      { alternatives: [['velos'], ['velo']] },
      { alternatives: [['bus']] },
      { alternatives: [['permis']] },
    ]);
  });
});
