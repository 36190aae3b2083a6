import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { citizenPage } from '../../../content/citizens';
import { common } from '../../../content/common';
import { useAnonymiseCitizen } from '../api/anonymise-citizen';
import { useExportCitizen } from '../api/export-citizen';

const anonymiseModal = createModal({ id: 'anonymisation-usager', isOpenedByDefault: false });

interface PrivacyPanelProps {
  readonly citizenId: string;
  readonly mayExport: boolean;
  readonly mayAnonymise: boolean;
  readonly onDone: (message: string) => void;
}

/** RGPD rights: the export (regional supervisors) and the irreversible anonymisation (admins). */
export function PrivacyPanel({ citizenId, mayExport, mayAnonymise, onDone }: PrivacyPanelProps) {
  const exportData = useExportCitizen(citizenId);
  const anonymise = useAnonymiseCitizen(citizenId);
  if (!mayExport && !mayAnonymise) return null;
  return (
    <section aria-labelledby="rgpd">
      <h2 id="rgpd" className="fr-h4">
        {citizenPage.privacy}
      </h2>
      {(exportData.isError || anonymise.isError) && (
        <Alert severity="error" small description={common.unexpectedError} className="fr-mb-2w" />
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {mayExport && (
          <li>
            <Button
              priority="secondary"
              disabled={exportData.isPending}
              onClick={() =>
                exportData.mutate(undefined, { onSuccess: () => onDone(citizenPage.exported) })
              }
            >
              {citizenPage.export}
            </Button>
          </li>
        )}
        {mayAnonymise && (
          <li>
            <Button
              priority="secondary"

              onClick={() => anonymiseModal.open()}
            >
              {citizenPage.anonymise}
            </Button>
          </li>
        )}
      </ul>
      <anonymiseModal.Component
        title={citizenPage.anonymiseTitle}
        buttons={[
          { children: citizenPage.cancel, priority: 'secondary' },
          {
            children: citizenPage.confirmAnonymise,
            disabled: anonymise.isPending,
            onClick: () =>
              anonymise.mutate(undefined, { onSuccess: () => onDone(citizenPage.anonymisedDone) }),
          },
        ]}
      >
        <p>{citizenPage.anonymiseConfirm}</p>
      </anonymiseModal.Component>
    </section>
  );
}
