import { describe, expect, it } from '@jest/globals';
import { describeEligibility } from './eligibility-summary';

describe('describeEligibility', () => {
  it('reads every criterion out in French', () => {
    expect(
      describeEligibility({
        minAge: 16,
        maxAge: 27,
        statuses: ['student', 'apprentice'],
        territory: { regions: ['32'], departements: ['02', '80'] },
        maxFamilyQuotient: 1000,
        maxIncome: 33100,
      }),
    ).toEqual([
      'Avoir entre 16 et 27 ans.',
      'Être étudiant, ou apprenti.',
      'Habiter les Hauts-de-France.',
      'Habiter l’un des départements 02, 80.',
      'Quotient familial de 1\u202f000 € au plus.',
      'Revenu fiscal de référence de 33\u202f100 € au plus.',
    ]);
  });

  it('says a scheme without criteria is open to all, and reads one-sided ages', () => {
    expect(describeEligibility({})).toEqual([]);
    expect(describeEligibility({ minAge: 18 })).toEqual(['Avoir au moins 18 ans.']);
    expect(describeEligibility({ maxAge: 25 })).toEqual(['Avoir au plus 25 ans.']);
  });
});
