import type { Eligibility } from '../content/entry-content';

/** Where the citizen lives, as official codes (resolved from the INSEE code by the territory library). */
export interface CitizenPlace {
  readonly inseeCode: string;
  readonly epci: string | null;
  readonly departement: string;
  readonly region: string | null;
}

/** What the agent knows; anything absent may make a scheme's answer "unknown". */
export interface CitizenSituation {
  readonly age?: number;
  readonly status?: string;
  /** Undefined when no INSEE code was given; null when it was given but is not a known commune. */
  readonly place?: CitizenPlace | null;
  readonly familyQuotient?: number;
  readonly income?: number;
}

export type EligibilityInput = 'age' | 'status' | 'inseeCode' | 'familyQuotient' | 'income';

export type EligibilityVerdict =
  | { readonly verdict: 'eligible' }
  | { readonly verdict: 'not-eligible'; readonly reasons: string[] }
  | { readonly verdict: 'unknown'; readonly missing: EligibilityInput[] };

/** French labels of the usual statuses, for reasons an agent reads to a citizen. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  student: 'étudiant',
  apprentice: 'apprenti',
  jobseeker: "demandeur d'emploi",
  employee: 'salarié',
  high_school: 'lycéen',
  retired: 'retraité',
  self_employed: 'travailleur indépendant',
  trainee: 'stagiaire de la formation professionnelle',
  young: 'jeune',
};
const label = (status: string) => STATUS_LABELS[status] ?? status;
const euros = (value: number) =>
  `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(value)} €`;

/**
 * One scheme's answer for one situation. Any criterion the situation fails makes it "not
 * eligible" with every failed criterion as a reason; otherwise any criterion the situation says
 * nothing about makes it "unknown" with the inputs to ask for; otherwise "eligible".
 */
export function assessEligibility(
  rules: Eligibility,
  situation: CitizenSituation,
): EligibilityVerdict {
  const reasons: string[] = [];
  const missing = new Set<EligibilityInput>();

  if (rules.minAge !== undefined || rules.maxAge !== undefined) {
    if (situation.age === undefined) missing.add('age');
    else {
      if (rules.minAge !== undefined && situation.age < rules.minAge)
        reasons.push(`Âge minimum ${rules.minAge} ans (l'usager a ${situation.age} ans).`);
      if (rules.maxAge !== undefined && situation.age > rules.maxAge)
        reasons.push(`Âge maximum ${rules.maxAge} ans (l'usager a ${situation.age} ans).`);
    }
  }

  if (rules.statuses && rules.statuses.length > 0) {
    if (situation.status === undefined) missing.add('status');
    else if (!rules.statuses.includes(situation.status))
      reasons.push(
        `Réservé aux statuts : ${rules.statuses.map(label).join(', ')} (l'usager est ${label(situation.status)}).`,
      );
  }

  const territory = rules.territory;
  const hasTerritory =
    territory !== undefined &&
    [territory.regions, territory.departements, territory.epcis, territory.communes].some(
      (list) => list !== undefined && list.length > 0,
    );
  if (territory && hasTerritory) {
    if (situation.place === undefined) missing.add('inseeCode');
    else {
      const place = situation.place;
      const inside =
        place !== null &&
        (territory.regions?.length
          ? place.region !== null && territory.regions.includes(place.region)
          : true) &&
        (territory.departements?.length
          ? territory.departements.includes(place.departement)
          : true) &&
        (territory.epcis?.length
          ? place.epci !== null && territory.epcis.includes(place.epci)
          : true) &&
        (territory.communes?.length ? territory.communes.includes(place.inseeCode) : true);
      if (!inside)
        reasons.push(
          place === null
            ? "La commune de l'usager n'est pas dans le territoire couvert par ce dispositif."
            : `La commune de l'usager (${place.inseeCode}) n'est pas dans le territoire couvert par ce dispositif.`,
        );
    }
  }

  if (rules.maxFamilyQuotient !== undefined) {
    if (situation.familyQuotient === undefined) missing.add('familyQuotient');
    else if (situation.familyQuotient > rules.maxFamilyQuotient)
      reasons.push(
        `Quotient familial supérieur au plafond de ${euros(rules.maxFamilyQuotient)} (${euros(situation.familyQuotient)}).`,
      );
  }

  if (rules.maxIncome !== undefined) {
    if (situation.income === undefined) missing.add('income');
    else if (situation.income > rules.maxIncome)
      reasons.push(
        `Revenus supérieurs au plafond de ${euros(rules.maxIncome)} (${euros(situation.income)}).`,
      );
  }

  if (reasons.length > 0) return { verdict: 'not-eligible', reasons };
  if (missing.size > 0) return { verdict: 'unknown', missing: [...missing] };
  return { verdict: 'eligible' };
}

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
