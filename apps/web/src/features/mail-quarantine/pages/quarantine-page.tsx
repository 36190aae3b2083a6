import Alert from '@codegouvfr/react-dsfr/Alert';
import Input from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { common } from '../../../content/common';
import { quarantine } from '../../../content/mail';
import { pageTitles } from '../../../content/navigation';
import { ApiError } from '../../../lib/api/api-error';
import { useDiscardMail } from '../api/discard-mail';
import { type QuarantinedMail, useQuarantine } from '../api/quarantine';
import { useRawMail } from '../api/raw-mail';
import { useReleaseMail } from '../api/release-mail';
import { QuarantineTable, subjectOf } from '../components/quarantine-table';

const rawModal = createModal({ id: 'message-brut', isOpenedByDefault: false });
const releaseModal = createModal({ id: 'relacher-courriel', isOpenedByDefault: false });
const discardModal = createModal({ id: 'ecarter-courriel', isOpenedByDefault: false });

/** /quarantaine: mail kept aside by the pipeline; a regional supervisor releases or discards it. */
export function QuarantinePage() {
  const list = useQuarantine();
  const release = useReleaseMail();
  const discard = useDiscardMail();
  const [selected, setSelected] = useState<QuarantinedMail | null>(null);
  const [rawId, setRawId] = useState<string | null>(null);
  const raw = useRawMail(rawId);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const subject = selected ? subjectOf(selected) : '';
  const failure = release.error ?? discard.error;

  const confirmDiscard = () => {
    if (!selected) return;
    if (reason.trim().length < 3) {
      setReasonError(quarantine.discardReasonRequired);
      return;
    }
    discard.mutate(
      { id: selected.id, reason: reason.trim() },
      {
        onSuccess: () => {
          discardModal.close();
          setAnnouncement(quarantine.discarded);
        },
        onError: () => discardModal.close(),
      },
    );
  };

  return (
    <Page title={pageTitles.quarantine}>
      <p role="status" aria-live="polite" className="fr-sr-only">
        {announcement}
      </p>
      <p>{quarantine.intro}</p>
      {announcement && (
        <Alert severity="success" small description={announcement} className="fr-mb-2w" />
      )}
      {failure && (
        <Alert
          severity="error"
          small
          className="fr-mb-2w"
          description={failure instanceof ApiError ? failure.message : common.unexpectedError}
        />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Alert severity="error" small description={quarantine.loadError} />
      ) : list.data.length === 0 ? (
        <p>{quarantine.empty}</p>
      ) : (
        <QuarantineTable
          messages={list.data}
          onViewRaw={(message) => {
            setSelected(message);
            setRawId(message.id);
            rawModal.open();
          }}
          onRelease={(message) => {
            setSelected(message);
            releaseModal.open();
          }}
          onDiscard={(message) => {
            setSelected(message);
            setReason('');
            setReasonError(null);
            discardModal.open();
          }}
        />
      )}
      <rawModal.Component title={quarantine.rawTitle} size="large">
        <p className="fr-text--sm">{quarantine.rawHint}</p>
        {raw.isFetching && <p>{quarantine.rawLoading}</p>}
        {raw.data && (
          <>
            {raw.data.truncated && <p className="fr-text--sm">{quarantine.rawTruncated}</p>}
            {/* No scroll of its own: the modal scrolls, and stays keyboard-reachable. */}
            <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{raw.data.text}</pre>
          </>
        )}
      </rawModal.Component>
      <releaseModal.Component
        title={quarantine.releaseTitle}
        buttons={[
          { children: quarantine.cancel, priority: 'secondary' },
          {
            children: quarantine.confirmRelease,
            doClosesModal: false,
            disabled: release.isPending,
            onClick: () =>
              selected &&
              release.mutate(selected.id, {
                onSuccess: (result) => {
                  releaseModal.close();
                  setAnnouncement(
                    quarantine.released(
                      quarantine.releaseOutcomes[result.outcome] ?? result.outcome,
                      result.reference,
                    ),
                  );
                },
                onError: () => releaseModal.close(),
              }),
          },
        ]}
      >
        <p>{quarantine.releaseBody(subject)}</p>
      </releaseModal.Component>
      <discardModal.Component
        title={quarantine.discardTitle}
        buttons={[
          { children: quarantine.cancel, priority: 'secondary' },
          {
            children: quarantine.confirmDiscard,
            doClosesModal: false,
            disabled: discard.isPending,
            onClick: confirmDiscard,
          },
        ]}
      >
        <p>{quarantine.discardBody(subject)}</p>
        <Input
          label={quarantine.discardReason}
          state={reasonError ? 'error' : 'default'}
          stateRelatedMessage={reasonError ?? undefined}
          nativeInputProps={{
            value: reason,
            onChange: (event) => setReason(event.target.value),
            'aria-invalid': reasonError ? true : undefined,
          }}
        />
      </discardModal.Component>
    </Page>
  );
}
