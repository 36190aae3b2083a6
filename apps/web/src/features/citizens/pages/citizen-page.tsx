import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { RequestsTable } from '../../../components/requests-table';
import { citizenPage } from '../../../content/citizens';
import { common } from '../../../content/common';
import { inbox } from '../../../content/requests';
import { ApiError } from '../../../lib/api/api-error';
import { linkTo } from '../../../lib/paths';
import { ADMIN_ROLES, FRONT_LINE_ROLES, REGIONAL_SUPERVISOR_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import { useCitizen } from '../api/citizen';
import { useCitizenRequests } from '../api/citizen-requests';
import { useCitizenTimeline } from '../api/citizen-timeline';
import { CitizenIdentity } from '../components/citizen-identity';
import { citizenName } from '../../../lib/format';
import { ContactsTable } from '../components/contacts-table';
import { MergePanel } from '../components/merge-panel';
import { PrivacyPanel } from '../components/privacy-panel';

/** The citizen's file: identity, requests, contacts on every channel, duplicates, RGPD rights. */
export function CitizenPage() {
  const { id = '' } = useParams();
  const user = useSessionUser();
  const citizen = useCitizen(id);
  const requests = useCitizenRequests(id);
  const timeline = useCitizenTimeline(id);
  const [announcement, setAnnouncement] = useState('');

  if (citizen.isPending)
    return (
      <Page title={citizenPage.loadingTitle}>
        <Loading />
      </Page>
    );
  if (citizen.isError) {
    const missing =
      citizen.error instanceof ApiError && [400, 403, 404].includes(citizen.error.status);
    return (
      <Page title={citizenPage.loadingTitle}>
        <Alert
          severity="error"
          small
          description={missing ? citizenPage.notFound : common.unexpectedError}
        />
      </Page>
    );
  }
  const record = citizen.data;
  const live = !record.anonymisedAt && !record.mergedIntoId;
  const frontLine = FRONT_LINE_ROLES.includes(user.role);

  return (
    <Page title={record.anonymisedAt ? citizenPage.anonymised : citizenName(record)}>
      <p role="status" aria-live="polite" className="fr-sr-only">
        {announcement}
      </p>
      {record.anonymisedAt && (
        <Badge severity="warning" className="fr-mb-2w">
          {citizenPage.anonymised}
        </Badge>
      )}
      {record.mergedIntoId && (
        <Alert
          severity="info"
          small
          className="fr-mb-2w"
          description={
            <>
              {citizenPage.mergedInto}{' '}
              <Link to={linkTo.citizen(record.mergedIntoId)}>{citizenPage.openMergedInto}</Link>
            </>
          }
        />
      )}
      <CitizenIdentity citizen={record} editable={live && frontLine} onDone={setAnnouncement} />
      <section aria-labelledby="demandes-usager" className="fr-mt-4w">
        <h2 id="demandes-usager" className="fr-h4">
          {citizenPage.requests}
        </h2>
        {requests.data?.items.length === 0 && <p>{citizenPage.noRequests}</p>}
        {requests.data && requests.data.items.length > 0 && (
          <RequestsTable
            caption={citizenPage.requestsCaption}
            requests={requests.data.items}
            showCitizen={false}
            assigneeName={(userId) => (userId === user.id ? inbox.me : inbox.unknownAssignee)}
          />
        )}
      </section>
      <section aria-labelledby="contacts-usager" className="fr-mt-4w">
        <h2 id="contacts-usager" className="fr-h4">
          {citizenPage.contacts}
        </h2>
        {timeline.data && <ContactsTable contacts={timeline.data.contacts} />}
      </section>
      <div className="fr-mt-4w">
        <MergePanel
          citizenId={record.id}
          mayMerge={live && frontLine}
          mayRevert={ADMIN_ROLES.includes(user.role)}
          onDone={setAnnouncement}
        />
      </div>
      {!record.anonymisedAt && (
        <div className="fr-mt-4w">
          <PrivacyPanel
            citizenId={record.id}
            mayExport={REGIONAL_SUPERVISOR_ROLES.includes(user.role)}
            mayAnonymise={ADMIN_ROLES.includes(user.role)}
            onDone={setAnnouncement}
          />
        </div>
      )}
    </Page>
  );
}
