import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { Link } from 'react-router';
import { citizenPage, matchBasisLabels } from '../../../content/citizens';
import { ApiError } from '../../../lib/api/api-error';
import { formatDate } from '../../../lib/format';
import { linkTo } from '../../../lib/paths';
import { useCitizenMerges } from '../api/citizen-merges';
import { type CitizenMatch, useMergeCandidates } from '../api/merge-candidates';
import { useMergeCitizen } from '../api/merge-citizen';
import { useRevertMerge } from '../api/revert-merge';
import { citizenName } from '../../../lib/format';

const mergeModal = createModal({ id: 'fusion-usager', isOpenedByDefault: false });

interface MergePanelProps {
  readonly citizenId: string;
  readonly mayMerge: boolean;
  readonly mayRevert: boolean;
  readonly onDone: (message: string) => void;
}

function failureOf(error: unknown): string | null {
  return error instanceof ApiError || error instanceof Error ? error.message : null;
}

/** Possible duplicates, merged into this record after a confirmation; past merges, undone by an admin. */
export function MergePanel({ citizenId, mayMerge, mayRevert, onDone }: MergePanelProps) {
  const candidates = useMergeCandidates(citizenId, mayMerge);
  const merges = useCitizenMerges(citizenId);
  const merge = useMergeCitizen(citizenId);
  const revert = useRevertMerge();
  const [chosen, setChosen] = useState<CitizenMatch | null>(null);
  const failure = failureOf(merge.error) ?? failureOf(revert.error);

  return (
    <section aria-labelledby="doublons">
      <h2 id="doublons" className="fr-h4">
        {citizenPage.merge}
      </h2>
      {failure && <Alert severity="error" small description={failure} className="fr-mb-2w" />}
      {mayMerge && candidates.data?.length === 0 && <p>{citizenPage.noCandidates}</p>}
      {mayMerge && candidates.data && candidates.data.length > 0 && (
        <ul>
          {candidates.data.map((match) => {
            const name = citizenName(match.citizen);
            const basis = match.matchedOn.map((on) => matchBasisLabels[on] ?? on).join(', ');
            return (
              <li key={match.citizen.id} className="fr-mb-1w">
                <Link to={linkTo.citizen(match.citizen.id)}>
                  {citizenPage.candidate(name, basis)}
                </Link>{' '}
                <Button
                  size="small"
                  priority="secondary"
                  onClick={() => {
                    setChosen(match);
                    mergeModal.open();
                  }}
                >
                  {citizenPage.mergeButton(name)}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {merges.data && merges.data.length > 0 && (
        <>
          <h3 className="fr-h6">{citizenPage.merges}</h3>
          <ul>
            {merges.data.map((entry) => (
              <li key={entry.id} className="fr-mb-1w">
                {citizenPage.mergedOn(formatDate(entry.mergedAt))}
                {entry.revertedAt
                  ? `, ${citizenPage.revertedOn(formatDate(entry.revertedAt))}`
                  : ''}
                {mayRevert && !entry.revertedAt && (
                  <Button
                    size="small"
                    priority="tertiary"
                    className="fr-ml-1w"
                    disabled={revert.isPending}
                    onClick={() =>
                      revert.mutate(entry.id, { onSuccess: () => onDone(citizenPage.reverted) })
                    }
                  >
                    {citizenPage.revert}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <mergeModal.Component
        title={citizenPage.mergeTitle}
        buttons={[
          { children: citizenPage.cancel, priority: 'secondary' },
          {
            children: citizenPage.confirmMerge,
            disabled: merge.isPending || chosen === null,
            onClick: () => {
              if (chosen)
                merge.mutate(chosen.citizen.id, { onSuccess: () => onDone(citizenPage.merged) });
            },
          },
        ]}
      >
        {chosen && <p>{citizenPage.mergeConfirm(citizenName(chosen.citizen))}</p>}
      </mergeModal.Component>
    </section>
  );
}
