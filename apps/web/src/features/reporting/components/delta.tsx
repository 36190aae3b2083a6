import { reporting } from '../../../content/reporting';

/** Change against the previous period, or null when there was nothing to compare with. */
export function changeRatio(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}

/** The change against the previous period: an arrow for the eye, the words for everyone. */
export function Delta({ current, previous }: { current: number; previous: number }) {
  const ratio = changeRatio(current, previous);
  const trend =
    ratio === null || ratio === 0 ? 'same' : ratio > 0 ? ('up' as const) : ('down' as const);
  const arrow = { up: '↗', down: '↘', same: '→' }[trend];
  return (
    <span className="fr-text--sm">
      <span aria-hidden="true">{arrow} </span>
      {reporting.comparison.delta(ratio, previous)}
    </span>
  );
}

interface KeyFigureProps {
  readonly label: string;
  readonly value: string;
  readonly current?: number;
  readonly previous?: number;
  readonly hint?: string;
}

/** One headline figure of a tab, with its comparison when the API gives the previous period. */
export function KeyFigure({ label, value, current, previous, hint }: KeyFigureProps) {
  return (
    <div className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
      <div className="fr-callout fr-mb-0">
        <p className="fr-callout__title">{value}</p>
        <p className="fr-callout__text fr-text--md">{label}</p>
        {current !== undefined && previous !== undefined && (
          <p className="fr-mb-0">
            <Delta current={current} previous={previous} />
          </p>
        )}
        {hint && <p className="fr-hint-text fr-mb-0">{hint}</p>}
      </div>
    </div>
  );
}
