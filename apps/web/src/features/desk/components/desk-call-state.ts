import { desk } from '../../../content/desk';
import type { PoppedCitizen, ScreenPop } from '../api/desk-events';

export type DeskPhase = 'idle' | 'ringing' | 'connected' | 'coding';

export interface DeskCallState {
  readonly phase: DeskPhase;
  readonly pop: ScreenPop | null;
  readonly citizen: PoppedCitizen | null;
  /** The one sentence the live region reads out. */
  readonly announcement: string;
  readonly notice: string | null;
}

export type DeskCallAction =
  | { type: 'popped'; pop: ScreenPop }
  | { type: 'lapsed'; callSid: string }
  | { type: 'caller-left'; callSid: string }
  | { type: 'answered' }
  | { type: 'declined' }
  | { type: 'hung-up' }
  | { type: 'identified'; citizen: PoppedCitizen }
  | { type: 'coded' };

export const IDLE: DeskCallState = {
  phase: 'idle',
  pop: null,
  citizen: null,
  announcement: '',
  notice: null,
};

/** A pop is `ringing` when offered; a desk that reloads gets back a call further on. */
const PHASE_OF_POP: Record<ScreenPop['phase'], DeskPhase> = {
  ringing: 'ringing',
  connected: 'connected',
  'wrap-up': 'coding',
};

function announce(pop: ScreenPop): string {
  const caller = pop.callerNumber ?? desk.call.unknownNumber;
  if (pop.phase === 'connected') return desk.call.restoredConnected(caller);
  if (pop.phase === 'wrap-up') return desk.call.restoredWrapUp(caller);
  const place = pop.communes[0] ?? pop.postcode;
  return desk.call.announce(caller, place ? desk.call.announcePlace(place) : '');
}

/** The desk's call: offered (screen pop) → answered → hung up → coded; or lapsed, declined, abandoned. */
export function deskCallReducer(state: DeskCallState, action: DeskCallAction): DeskCallState {
  switch (action.type) {
    case 'popped':
      // A call in conversation or being coded is never replaced by a late pop.
      if (state.phase === 'connected' || state.phase === 'coding') return state;
      return {
        phase: PHASE_OF_POP[action.pop.phase],
        pop: action.pop,
        citizen: action.pop.citizen ?? null,
        announcement: announce(action.pop),
        notice: null,
      };
    case 'lapsed':
    case 'caller-left':
      if (state.phase !== 'ringing' || state.pop?.callSid !== action.callSid) return state;
      return {
        ...IDLE,
        notice: action.type === 'lapsed' ? desk.call.lapsed : desk.call.callerLeft,
        announcement: action.type === 'lapsed' ? desk.call.lapsed : desk.call.callerLeft,
      };
    case 'answered':
      return { ...state, phase: 'connected' };
    case 'declined':
      return IDLE;
    case 'hung-up':
      return { ...state, phase: 'coding' };
    case 'identified':
      return { ...state, citizen: action.citizen };
    case 'coded':
      return { ...IDLE, notice: desk.coding.saved };
  }
}
