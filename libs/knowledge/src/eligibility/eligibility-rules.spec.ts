import { ageOn, assessEligibility, CitizenPlace } from './eligibility-rules';

const AMIENS: CitizenPlace = {
  inseeCode: '80021',
  epci: '248000531',
  departement: '80',
  region: '32',
};

describe('eligibility rules', () => {
  it('finds a student of the region eligible for a student grant', () => {
    expect(
      assessEligibility(
        { minAge: 16, maxAge: 28, statuses: ['student'], territory: { regions: ['32'] } },
        { age: 20, status: 'student', place: AMIENS },
      ),
    ).toEqual({ verdict: 'eligible' });
  });

  it('gives every failed criterion as a reason in French', () => {
    const verdict = assessEligibility(
      {
        maxAge: 25,
        statuses: ['student', 'apprentice'],
        territory: { departements: ['59', '62'] },
        maxFamilyQuotient: 1000,
      },
      { age: 30, status: 'employee', place: AMIENS, familyQuotient: 1200 },
    );
    expect(verdict).toEqual({
      verdict: 'not-eligible',
      reasons: [
        "Âge maximum 25 ans (l'usager a 30 ans).",
        "Réservé aux statuts : étudiant, apprenti (l'usager est salarié).",
        "La commune de l'usager (80021) n'est pas dans le territoire couvert par ce dispositif.",
        expect.stringMatching(
          /^Quotient familial supérieur au plafond de 1\s000 € \(1\s200 €\)\.$/,
        ),
      ],
    });
  });

  it('lists the missing inputs when nothing fails but something is not known', () => {
    expect(
      assessEligibility(
        {
          minAge: 18,
          maxFamilyQuotient: 800,
          maxIncome: 30000,
          territory: { epcis: ['248000531'] },
        },
        { age: 19 },
      ),
    ).toEqual({ verdict: 'unknown', missing: ['inseeCode', 'familyQuotient', 'income'] });
  });

  it('prefers a definite refusal over unknowns', () => {
    expect(assessEligibility({ maxAge: 25, maxIncome: 20000 }, { age: 40 })).toMatchObject({
      verdict: 'not-eligible',
    });
  });

  it('refuses a commune outside the region when the scheme names the region', () => {
    expect(assessEligibility({ territory: { regions: ['32'] } }, { place: null })).toMatchObject({
      verdict: 'not-eligible',
    });
  });

  it('counts a scheme without criteria as open to everyone', () => {
    expect(assessEligibility({}, {})).toEqual({ verdict: 'eligible' });
  });

  it('computes the age on a given day', () => {
    expect(ageOn('2006-12-01', '2026-11-30')).toBe(19);
    expect(ageOn('2006-11-30', '2026-11-30')).toBe(20);
  });
});
