import Button from '@codegouvfr/react-dsfr/Button';
import ButtonsGroup from '@codegouvfr/react-dsfr/ButtonsGroup';
import Input from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState } from 'react';
import { desk } from '../../../content/desk';
import type { PoppedCitizen, ScreenPop } from '../api/desk-events';
import { CallDetails } from './call-details';

export type CallPhase = 'ringing' | 'connected' | 'coding';

interface CallPanelProps {
  readonly phase: CallPhase;
  readonly pop: ScreenPop;
  readonly citizen: PoppedCitizen | null;
  readonly busy: boolean;
  readonly muted: boolean;
  readonly onAnswer: () => void;
  readonly onDecline: () => void;
  readonly onHangUp: () => void;
  readonly onMute: (muted: boolean) => void;
  readonly onDigits: (digits: string) => void;
  readonly onChooseCitizen: (citizen: PoppedCitizen) => void;
  readonly onCreateCitizen: () => void;
}

/**
 * The offered or current call. "Répondre" comes first, so it is the next Tab stop after the
 * presence control; focus moves only after the agent's own action (answer → hang up).
 */
export function CallPanel(props: CallPanelProps) {
  const { phase, busy } = props;
  const hangUp = useRef<HTMLButtonElement>(null);
  const [digits, setDigits] = useState('');

  useEffect(() => {
    if (phase === 'connected') hangUp.current?.focus();
  }, [phase]);

  return (
    <section aria-labelledby="call-title" className="fr-mb-3w">
      <h2 id="call-title" className="fr-h4">
        {phase === 'ringing'
          ? desk.call.incomingHeading
          : phase === 'connected'
            ? desk.call.connectedHeading
            : desk.call.endedHeading}
      </h2>
      {phase === 'ringing' && (
        <ButtonsGroup
          inlineLayoutWhen="always"
          buttons={[
            { children: desk.call.answer, onClick: props.onAnswer, disabled: busy },
            {
              children: desk.call.decline,
              priority: 'secondary',
              onClick: props.onDecline,
              disabled: busy,
            },
          ]}
        />
      )}
      {phase === 'connected' && (
        <>
          <p className="fr-mb-2w">
            <Button ref={hangUp} className="fr-mr-2w" onClick={props.onHangUp} disabled={busy}>
              {desk.call.hangUp}
            </Button>
            <Button
              priority="secondary"
              onClick={() => props.onMute(!props.muted)}
              nativeButtonProps={{ 'aria-pressed': props.muted }}
            >
              {desk.softphone.mute}
            </Button>
          </p>
          <form
            className="fr-mb-2w"
            onSubmit={(event) => {
              event.preventDefault();
              props.onDigits(digits);
              setDigits('');
            }}
          >
            <Input
              label={desk.softphone.digitsLabel}
              hintText={desk.softphone.keypad}
              nativeInputProps={{
                value: digits,
                inputMode: 'numeric',
                pattern: '[0-9*#]*',
                onChange: (event) => setDigits(event.target.value.replace(/[^0-9*#]/g, '')),
              }}
            />
            <Button type="submit" priority="tertiary" size="small">
              {desk.softphone.sendDigits}
            </Button>
          </form>
        </>
      )}
      <CallDetails
        pop={props.pop}
        citizen={props.citizen}
        onChooseCitizen={props.onChooseCitizen}
        onCreateCitizen={props.onCreateCitizen}
      />
    </section>
  );
}
