import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { type AgentState, desk } from '../../../content/desk';
import type { ChosenPresence } from '../api/set-presence';
import { WrapUpCountdown } from './wrap-up-countdown';

/**
 * In conversation the platform holds the state. A ringing call does not: going on break gives it
 * back, and the radio under keyboard focus must not be disabled under the agent's fingers.
 */
const HELD: readonly AgentState[] = ['on_call'];

const BADGES: Record<AgentState, 'success' | 'info' | 'warning' | 'new'> = {
  available: 'success',
  reserved: 'new',
  on_call: 'info',
  wrap_up: 'warning',
  break: 'warning',
  offline: 'info',
};

interface PresenceControlProps {
  readonly state: AgentState;
  readonly wrapUpUntil: string | null;
  readonly phoneSkill: boolean;
  readonly failed: boolean;
  readonly onChange: (presence: ChosenPresence) => void;
}

/** Disponible / En pause / Hors ligne, and the states the platform sets (incoming call, call, wrap-up). */
export function PresenceControl({
  state,
  wrapUpUntil,
  phoneSkill,
  failed,
  onChange,
}: PresenceControlProps) {
  const held = HELD.includes(state);
  // Not disabled while a change is pending: a radio under keyboard focus must keep it.
  const disabled = !phoneSkill || held;
  const label = desk.presence.states[state];
  // Ringing or in conversation the agent is still taking calls: "Disponible" stays checked, so the
  // group keeps one Tab stop and the next one is the call's "Répondre". In wrap-up none is checked:
  // choosing "Disponible" ends it early.
  const checked =
    state === 'wrap_up' ? null : state === 'break' || state === 'offline' ? state : 'available';
  const segment = (choice: keyof typeof desk.presence.choices) => ({
    label: desk.presence.choices[choice],
    nativeInputProps: {
      value: choice,
      checked: checked === choice,
      disabled,
      onChange: () => onChange(choice),
    },
  });
  return (
    <section aria-labelledby="presence-title" className="fr-mb-3w">
      <h2 id="presence-title" className="fr-h5">
        {desk.presence.legend}
      </h2>
      <div className="fr-mb-1w">
        <Badge severity={BADGES[state]} noIcon>
          {desk.presence.current(label)}
        </Badge>
      </div>
      {state === 'wrap_up' && wrapUpUntil !== null && <WrapUpCountdown until={wrapUpUntil} />}
      {held && <p className="fr-hint-text">{desk.presence.setByPlatform}</p>}
      {!phoneSkill && <Alert severity="info" small description={desk.presence.noSkill} />}
      <SegmentedControl
        legend={desk.presence.legend}
        hideLegend
        name="presence"
        segments={[segment('available'), segment('break'), segment('offline')]}
      />
      <div role="alert">
        {failed && <Alert severity="error" small description={desk.presence.failed} />}
      </div>
    </section>
  );
}
