import { common } from '../content/common';

/** A polite, visible loading state for route and session transitions. */
export function Loading() {
  return (
    <p role="status" className="fr-my-4w">
      {common.loading}
    </p>
  );
}
