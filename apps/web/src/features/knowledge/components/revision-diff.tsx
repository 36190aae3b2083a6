import { knowledge } from '../../../content/knowledge';

export interface DiffPart {
  readonly type: 'added' | 'removed' | 'unchanged';
  readonly value: string;
}

export interface FieldDiff {
  readonly field: string;
  readonly label: string;
  readonly parts: readonly DiffPart[];
}

interface RevisionDiffProps {
  readonly from: number;
  readonly to: number;
  readonly fields: readonly FieldDiff[];
  /** Who wrote each side, in words. */
  readonly authors?: { readonly from: string; readonly to: string };
}

/**
 * What changed between two revisions, field by field: additions in <ins>, removals in <del>, each
 * also named in words for screen readers (colour and strike-through are not the only cue).
 */
export function RevisionDiff({ from, to, fields, authors }: RevisionDiffProps) {
  return (
    <section aria-labelledby="diff-title" className="fr-mt-3w">
      <h3 id="diff-title" className="fr-h5">
        {knowledge.diff.heading(from, to)}
      </h3>
      {authors && (
        <ul className="fr-text--sm">
          <li>{knowledge.diff.authorOf(from, authors.from)}</li>
          <li>{knowledge.diff.authorOf(to, authors.to)}</li>
        </ul>
      )}
      {fields.length === 0 ? (
        <p>{knowledge.diff.noChange}</p>
      ) : (
        <dl>
          {fields.map((field) => (
            <div key={field.field} className="fr-mb-2w">
              <dt className="fr-text--bold">{field.label}</dt>
              <dd className="kb-diff" style={{ whiteSpace: 'pre-wrap', marginLeft: 0 }}>
                {field.parts.map((part, index) =>
                  part.type === 'added' ? (
                    <ins
                      key={index}
                      style={{
                        background: 'var(--background-contrast-success)',
                        textDecoration: 'underline',
                      }}
                    >
                      <span className="fr-sr-only">[{knowledge.diff.added} : </span>
                      {part.value}
                      <span className="fr-sr-only">]</span>
                    </ins>
                  ) : part.type === 'removed' ? (
                    <del key={index} style={{ background: 'var(--background-contrast-error)' }}>
                      <span className="fr-sr-only">[{knowledge.diff.removed} : </span>
                      {part.value}
                      <span className="fr-sr-only">]</span>
                    </del>
                  ) : (
                    <span key={index}>{part.value}</span>
                  ),
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
