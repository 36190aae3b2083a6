import Alert from '@codegouvfr/react-dsfr/Alert';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { common } from '../../../content/common';
import { desk } from '../../../content/desk';
import { pageTitles } from '../../../content/navigation';
import { ApiError } from '../../../lib/api/api-error';
import { useSessionUser } from '../../../lib/session-user';
import { codeContact } from '../api/code-contact';
import { createRequest } from '../api/create-request';
import { deskKeys } from '../api/desk-keys';
import { useSetPresence } from '../api/set-presence';
import { useDeskEvents } from '../api/use-desk-events';
import { useVoiceMe, type VoiceMe } from '../api/voice-me';
import { CallPanel } from '../components/call-panel';
import type { CodingSubmission, UsedArticle } from '../components/coding-schema';
import { CodingForm } from '../components/coding-form';
import { CreateCitizenModal, createCitizenModal } from '../components/create-citizen-modal';
import { deskCallReducer, IDLE } from '../components/desk-call-state';
import { DeviceControl } from '../components/device-control';
import { KnowledgePanel } from '../components/knowledge-panel';
import { PresenceControl } from '../components/presence-control';
import { SimulatorPanel } from '../components/simulator-panel';
import { VisitRecorder } from '../components/visit-recorder';
import { simulatedSoftphone } from '../softphone/simulated-softphone';
import type { Softphone } from '../softphone/softphone';
import { twilioSoftphone } from '../softphone/twilio-softphone';

const NO_ARTICLES: readonly UsedArticle[] = [];

/** `/bureau`: the agent's desk. */
export function DeskPage() {
  const me = useVoiceMe();
  return (
    <Page title={pageTitles.desk}>
      {me.isPending && <Loading />}
      {me.isError && <Alert severity="error" small description={common.unexpectedError} />}
      {me.isSuccess && <Desk me={me.data} />}
    </Page>
  );
}

function Desk({ me }: { readonly me: VoiceMe }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: deskKeys.all });
  const [call, dispatch] = useReducer(deskCallReducer, IDLE);
  const [busy, setBusy] = useState(false);
  const [muted, setMuted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const setPresence = useSetPresence();
  const softphone: Softphone = useMemo(
    () => (me.telephony === 'simulated' ? simulatedSoftphone() : twilioSoftphone()),
    [me.telephony],
  );
  const [softphoneError, setSoftphoneError] = useState(false);
  // A visit counts for an antenna: regional accounts have none to receive visitors at.
  const hasAntenna = useSessionUser().antennaId !== null;

  useEffect(() => {
    if (!me.phoneSkill || (softphone.kind === 'twilio' && me.deviceKind !== 'browser')) return;
    softphone.start().catch(() => setSoftphoneError(true));
    return () => softphone.stop();
  }, [softphone, me.phoneSkill, me.deviceKind]);

  const stream = useDeskEvents({
    onScreenPop: (pop) => {
      dispatch({ type: 'popped', pop });
      void refresh();
    },
    onOfferLapsed: (callSid) => {
      dispatch({ type: 'lapsed', callSid });
      void refresh();
    },
    onCallEnded: (callSid) => {
      dispatch({ type: 'caller-left', callSid });
      void refresh();
    },
  });

  const act = async (work: () => Promise<void>, then: () => void) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      then();
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : desk.call.failed);
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  const pop = call.pop;
  // What the agent opened in the knowledge panel belongs to the call in progress, if any.
  const [used, setUsed] = useState<{ callSid: string; articles: UsedArticle[] } | null>(null);
  const activeCallSid = pop && call.phase !== 'idle' ? pop.callSid : null;
  const usedArticles = used && used.callSid === activeCallSid ? used.articles : NO_ARTICLES;
  const onArticleUsed = useCallback(
    (article: UsedArticle) => {
      if (activeCallSid === null) return;
      setUsed((previous) => {
        const articles = previous?.callSid === activeCallSid ? previous.articles : [];
        if (articles.some((known) => known.slug === article.slug)) return previous;
        return { callSid: activeCallSid, articles: [...articles, article] };
      });
    },
    [activeCallSid],
  );

  const saveCoding = async ({ coding, requestSubject }: CodingSubmission) => {
    if (!pop?.contactId) throw new Error('no contact');
    let requestId: string | undefined;
    if (requestSubject !== undefined && call.citizen) {
      const request = await createRequest({
        citizenId: call.citizen.id,
        channel: 'phone',
        subject: requestSubject,
        aidSchemeSlug: coding.aidSchemeSlug,
        contactId: pop.contactId,
      });
      requestId = request.id;
    }
    await codeContact(pop.contactId, {
      ...coding,
      citizenId: call.citizen?.id,
      requestId,
    });
    await setPresence.mutateAsync('available');
    dispatch({ type: 'coded' });
  };

  return (
    <>
      <div aria-live="assertive" aria-atomic="true" className="fr-sr-only">
        {call.announcement}
      </div>
      {stream === 'reconnecting' && (
        <Alert
          severity="warning"
          small
          className="fr-mb-2w"
          description={desk.stream.reconnecting}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <PresenceControl
            state={me.presence}
            wrapUpUntil={me.wrapUpUntil ?? null}
            phoneSkill={me.phoneSkill}
            failed={setPresence.isError}
            onChange={(presence) => setPresence.mutate(presence)}
          />
          {pop && call.phase !== 'idle' ? (
            <CallPanel
              phase={call.phase}
              pop={pop}
              citizen={call.citizen}
              busy={busy}
              muted={muted}
              onAnswer={() =>
                void act(
                  () => softphone.answer(pop.callSid),
                  () => dispatch({ type: 'answered' }),
                )
              }
              onDecline={() =>
                void act(
                  () => softphone.decline(pop.callSid),
                  () => dispatch({ type: 'declined' }),
                )
              }
              onHangUp={() =>
                void act(
                  () => softphone.hangUp(pop.callSid),
                  () => dispatch({ type: 'hung-up' }),
                )
              }
              onMute={(next) => {
                softphone.setMuted(next);
                setMuted(next);
              }}
              onDigits={(digits) => softphone.sendDigits(digits)}
              onChooseCitizen={(citizen) => dispatch({ type: 'identified', citizen })}
              onCreateCitizen={() => createCitizenModal.open()}
            />
          ) : (
            <section aria-labelledby="call-title" className="fr-mb-3w">
              <h2 id="call-title" className="fr-h4">
                {desk.call.heading}
              </h2>
              <p>{desk.call.idle}</p>
            </section>
          )}
          <div role="status">
            {call.notice !== null && <Alert severity="info" small description={call.notice} />}
          </div>
          <div role="alert">
            {failure !== null && <Alert severity="error" small description={failure} />}
          </div>
          {call.phase === 'coding' && (
            <CodingForm
              hasCitizen={call.citizen !== null}
              articles={usedArticles}
              onSubmit={saveCoding}
            />
          )}
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          {softphone.kind === 'simulated' ? (
            <p className="fr-hint-text">{desk.softphone.simulated}</p>
          ) : (
            softphoneError && (
              <Alert severity="error" small description={desk.softphone.twilioError} />
            )
          )}
          {hasAntenna && <VisitRecorder />}
          <DeviceControl me={me} />
          {me.telephony === 'simulated' && <SimulatorPanel />}
          <KnowledgePanel onUsed={onArticleUsed} />
        </div>
      </div>
      <CreateCitizenModal
        phone={pop?.callerNumber ?? ''}
        inseeCode={pop?.inseeCodes.length === 1 ? (pop.inseeCodes[0] ?? '') : ''}
        onCreated={(citizen) => dispatch({ type: 'identified', citizen })}
      />
    </>
  );
}
