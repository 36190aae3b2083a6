import Alert from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { useParams } from 'react-router';
import { KnowledgeLinks } from '../../../components/knowledge-links';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { ApiError } from '../../../lib/api/api-error';
import { common } from '../../../content/common';
import { requestPage, requestStatusLabels } from '../../../content/requests';
import { FRONT_LINE_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import { useAntennaStaff } from '../api/antenna-staff';
import { useAntennas } from '../api/antennas';
import { useRequestDetail } from '../api/request-detail';
import { useTransition } from '../api/transition';
import { AssignmentPanel } from '../components/assignment-panel';
import { AttachmentsPanel } from '../components/attachments-panel';
import { EmailThread } from '../components/email-thread';
import { MessagesPanel } from '../components/messages-panel';
import { NotesPanel } from '../components/notes-panel';
import { RequestSummary } from '../components/request-summary';
import { RequestTimeline } from '../components/request-timeline';
import { TransitionButtons } from '../components/transition-buttons';
import { useAssigneeName } from '../components/use-assignee-name';

/** One request: where it stands, what can be done next, its notes, messages and documents. */
export function RequestPage() {
  const { id = '' } = useParams();
  const user = useSessionUser();
  const detail = useRequestDetail(id);
  const transition = useTransition(id);
  const antennaId = detail.data?.antennaId ?? null;
  // The team list is for front-line staff of that antenna (or cross-antenna staff).
  const mayListStaff =
    FRONT_LINE_ROLES.includes(user.role) &&
    (user.antennaId === antennaId || user.antennaId === null);
  const staff = useAntennaStaff(antennaId, mayListStaff);
  const nameOf = useAssigneeName(staff.data);
  const antennas = useAntennas();
  const antennaName = (antennaId: string) =>
    antennas.data?.find((antenna) => antenna.id === antennaId)?.name ?? antennaId;
  const [announcement, setAnnouncement] = useState('');

  if (detail.isPending)
    return (
      <Page title={requestPage.loadingTitle}>
        <Loading />
      </Page>
    );
  if (detail.isError) {
    const missing =
      detail.error instanceof ApiError && [400, 403, 404].includes(detail.error.status);
    return (
      <Page title={requestPage.loadingTitle}>
        <Alert
          severity="error"
          small
          description={missing ? requestPage.notFound : common.unexpectedError}
        />
      </Page>
    );
  }
  const request = detail.data;
  const transitionError =
    transition.error instanceof ApiError
      ? (transition.error.fieldErrors[0]?.message ?? transition.error.message)
      : null;

  return (
    <Page title={requestPage.title(request.reference)}>
      <p role="status" aria-live="polite" className="fr-sr-only">
        {announcement}
      </p>
      <RequestSummary request={request} assigneeName={nameOf} antennaName={antennaName} />
      <section aria-labelledby="transitions" className="fr-mt-3w">
        <h2 id="transitions" className="fr-h4">
          {requestPage.transitions}
        </h2>
        {transitionError && (
          <Alert severity="error" small description={transitionError} className="fr-mb-2w" />
        )}
        <TransitionButtons
          options={request.allowedTransitions}
          pending={transition.isPending}
          onTransition={(to, reason) =>
            transition.mutate(
              { to, reason },
              {
                onSuccess: () =>
                  setAnnouncement(requestPage.statusChanged(requestStatusLabels[to])),
              },
            )
          }
        />
      </section>
      <div className="fr-grid-row fr-grid-row--gutters fr-mt-3w">
        <div className="fr-col-12 fr-col-lg-6">
          <AssignmentPanel request={request} staff={staff.data} onDone={setAnnouncement} />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <NotesPanel
            requestId={request.id}
            notes={request.notes}
            authorName={nameOf}
            onDone={setAnnouncement}
          />
        </div>
      </div>
      <div className="fr-mt-3w">
        <AttachmentsPanel requestId={request.id} onDone={setAnnouncement} />
      </div>
      <div className="fr-mt-3w">
        <EmailThread requestId={request.id} onDone={setAnnouncement} />
      </div>
      <div className="fr-mt-3w">
        <MessagesPanel requestId={request.id} onDone={setAnnouncement} />
      </div>
      {request.knowledgeArticles.length > 0 && (
        <section aria-labelledby="connaissances-utilisees" className="fr-mt-3w">
          <h2 id="connaissances-utilisees" className="fr-h4">
            {requestPage.knowledge}
          </h2>
          <p className="fr-hint-text">{requestPage.knowledgeHint}</p>
          <KnowledgeLinks articles={request.knowledgeArticles} />
        </section>
      )}
      <section aria-labelledby="historique" className="fr-mt-3w">
        <h2 id="historique" className="fr-h4">
          {requestPage.timeline}
        </h2>
        <RequestTimeline events={request.timeline} />
      </section>
    </Page>
  );
}
