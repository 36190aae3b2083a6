import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { citizenPage, civilityLabels } from '../../../content/citizens';
import { ApiError } from '../../../lib/api/api-error';
import { common } from '../../../content/common';
import type { Citizen } from '../api/citizen';
import { useUpdateCitizen } from '../api/update-citizen';
import { CitizenForm } from './citizen-form';
import { changesOf, formValuesOf } from './citizen-form-schema';

interface CitizenIdentityProps {
  readonly citizen: Citizen;
  readonly editable: boolean;
  readonly onDone: (message: string) => void;
}

export function CitizenIdentity({ citizen, editable, onDone }: CitizenIdentityProps) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateCitizen(citizen.id);
  const serverErrors = update.error instanceof ApiError ? update.error.fieldErrors : [];
  const otherFailure = update.isError && serverErrors.length === 0;
  const rows: [string, string][] = [
    [citizenPage.civility, citizen.civility ? civilityLabels[citizen.civility] : citizenPage.none],
    [citizenPage.firstName, citizen.firstName ?? citizenPage.none],
    [citizenPage.lastName, citizen.lastName ?? citizenPage.none],
    [citizenPage.phone, citizen.phones.join(', ') || citizenPage.none],
    [citizenPage.email, citizen.emails.join(', ') || citizenPage.none],
    [citizenPage.addressLine, citizen.addressLine ?? citizenPage.none],
    [citizenPage.postcode, citizen.postcode ?? citizenPage.none],
    [citizenPage.inseeCode, citizen.inseeCode ?? citizenPage.none],
    [citizenPage.consent, citizen.contactConsent ? citizenPage.yes : citizenPage.no],
    [citizenPage.portfolio, citizen.antennaId ?? citizenPage.noPortfolio],
  ];
  return (
    <section aria-labelledby="identite">
      <h2 id="identite" className="fr-h4">
        {citizenPage.identity}
      </h2>
      {otherFailure && (
        <Alert severity="error" small description={common.unexpectedError} className="fr-mb-2w" />
      )}
      {editing ? (
        <CitizenForm
          defaultValues={formValuesOf(citizen)}
          pending={update.isPending}
          serverErrors={serverErrors}
          onCancel={() => setEditing(false)}
          onSubmit={(values) =>
            update.mutate(changesOf(values), {
              onSuccess: () => {
                setEditing(false);
                onDone(citizenPage.saved);
              },
            })
          }
        />
      ) : (
        <>
          <dl className="fr-grid-row fr-grid-row--gutters">
            {rows.map(([term, value]) => (
              <div key={term} className="fr-col-12 fr-col-md-4">
                <dt className="fr-text--sm fr-mb-0">{term}</dt>
                <dd className="fr-text--bold fr-ml-0">{value}</dd>
              </div>
            ))}
          </dl>
          {editable && (
            <Button
              priority="secondary"
              iconId="fr-icon-edit-line"
              onClick={() => setEditing(true)}
            >
              {citizenPage.edit}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
