import { knowledge } from '../../../content/knowledge';

/** Eligibility as data (issue 12): every field optional, official territory codes. */
export interface EligibilityRules {
  readonly minAge?: number;
  readonly maxAge?: number;
  readonly statuses?: readonly string[];
  readonly territory?: {
    readonly regions?: readonly string[];
    readonly departements?: readonly string[];
    readonly epcis?: readonly string[];
    readonly communes?: readonly string[];
  };
  readonly maxFamilyQuotient?: number;
  readonly maxIncome?: number;
}

const text = knowledge.eligibilityText;
const euros = (value: number) =>
  `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value)} €`;

/** The scheme's criteria in the words an agent reads out. */
export function describeEligibility(rules: EligibilityRules): string[] {
  const lines: string[] = [];
  if (rules.minAge !== undefined || rules.maxAge !== undefined)
    lines.push(text.age(rules.minAge, rules.maxAge));
  if (rules.statuses && rules.statuses.length > 0)
    lines.push(text.statuses(rules.statuses.map((status) => knowledge.statuses[status] ?? status)));
  const area = rules.territory ?? {};
  if (area.regions?.length) lines.push(text.regions([...area.regions]));
  if (area.departements?.length) lines.push(text.departements([...area.departements]));
  if (area.epcis?.length) lines.push(text.epcis([...area.epcis]));
  if (area.communes?.length) lines.push(text.communes([...area.communes]));
  if (rules.maxFamilyQuotient !== undefined)
    lines.push(text.familyQuotient(euros(rules.maxFamilyQuotient)));
  if (rules.maxIncome !== undefined) lines.push(text.income(euros(rules.maxIncome)));
  return lines;
}

export function EligibilitySummary({ rules }: { readonly rules: EligibilityRules }) {
  const lines = describeEligibility(rules);
  if (lines.length === 0) return <p>{text.none}</p>;
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
