import { Link } from 'react-router';
import { knowledge } from '../../../content/knowledge';
import { linkTo } from '../../../lib/paths';

export interface EligibilityAnswer {
  readonly eligible: readonly { readonly slug: string; readonly name: string }[];
  readonly notEligible: readonly {
    readonly slug: string;
    readonly name: string;
    readonly reasons: readonly string[];
  }[];
  readonly unknown: readonly {
    readonly slug: string;
    readonly name?: string;
    readonly missing: readonly string[];
  }[];
}

const copy = knowledge.eligibility;

/** The open schemes in three lists: eligible, not eligible (with the reasons to read out), to be specified. */
export function EligibilityResults({ answer }: { readonly answer: EligibilityAnswer }) {
  const scheme = (slug: string, name?: string) => (
    <Link to={linkTo.knowledgeScheme(slug)}>{name ?? slug}</Link>
  );
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-mt-3w">
      <section className="fr-col-12 fr-col-md-4" aria-labelledby="eligible-title">
        <h2 id="eligible-title" className="fr-h5">
          {copy.eligible} ({answer.eligible.length})
        </h2>
        {answer.eligible.length === 0 ? (
          <p>{copy.none}</p>
        ) : (
          <ul>
            {answer.eligible.map((item) => (
              <li key={item.slug}>{scheme(item.slug, item.name)}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="fr-col-12 fr-col-md-4" aria-labelledby="unknown-title">
        <h2 id="unknown-title" className="fr-h5">
          {copy.unknown} ({answer.unknown.length})
        </h2>
        {answer.unknown.length === 0 ? (
          <p>{copy.none}</p>
        ) : (
          <ul>
            {answer.unknown.map((item) => (
              <li key={item.slug}>
                {scheme(item.slug, item.name)} — {copy.missing}{' '}
                {item.missing.map((field) => copy.missingLabels[field] ?? field).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="fr-col-12 fr-col-md-4" aria-labelledby="not-eligible-title">
        <h2 id="not-eligible-title" className="fr-h5">
          {copy.notEligible} ({answer.notEligible.length})
        </h2>
        {answer.notEligible.length === 0 ? (
          <p>{copy.none}</p>
        ) : (
          <ul>
            {answer.notEligible.map((item) => (
              <li key={item.slug}>
                {scheme(item.slug, item.name)}
                <ul>
                  {item.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
