import { describe, expect, it } from '@jest/globals';
import type { ScreenPop } from '../api/desk-events';
import { deskCallReducer, IDLE } from './desk-call-state';

const pop = (callSid: string, phase: ScreenPop['phase'] = 'ringing'): ScreenPop => ({
  callSid,
  phase,
  contactId: 'contact-1',
  callerNumber: '+33611223344',
  postcode: '80000',
  communes: ['Amiens'],
  inseeCodes: ['80021'],
  overflowed: false,
  citizen: null,
  candidates: [],
  openRequests: [],
  recentContacts: [],
});

describe('the desk call', () => {
  it('announces the offered call in one sentence, then follows answer, hang-up and coding', () => {
    const ringing = deskCallReducer(IDLE, { type: 'popped', pop: pop('CA1') });
    expect(ringing).toMatchObject({
      phase: 'ringing',
      announcement: 'Appel entrant de +33611223344, Amiens.',
    });
    const connected = deskCallReducer(ringing, { type: 'answered' });
    expect(deskCallReducer(connected, { type: 'popped', pop: pop('CA2') }).pop?.callSid).toBe(
      'CA1',
    );
    const coding = deskCallReducer(connected, { type: 'hung-up' });
    expect(coding.phase).toBe('coding');
    expect(deskCallReducer(coding, { type: 'coded' })).toMatchObject({
      phase: 'idle',
      pop: null,
      notice: 'Appel qualifié : vous êtes de nouveau disponible.',
    });
  });

  it('drops a ringing call that lapsed or whose caller left, and only that call', () => {
    const ringing = deskCallReducer(IDLE, { type: 'popped', pop: pop('CA1') });
    expect(deskCallReducer(ringing, { type: 'lapsed', callSid: 'CA9' })).toBe(ringing);
    expect(deskCallReducer(ringing, { type: 'lapsed', callSid: 'CA1' })).toMatchObject({
      phase: 'idle',
      notice: 'Appel non décroché : il a été remis en file et vous êtes passé en pause.',
    });
    expect(deskCallReducer(ringing, { type: 'caller-left', callSid: 'CA1' }).notice).toBe(
      'L’appelant a raccroché avant la réponse.',
    );
  });

  it('gets back, after a reload, the call in conversation or the contact left to code', () => {
    expect(deskCallReducer(IDLE, { type: 'popped', pop: pop('CA1', 'connected') })).toMatchObject({
      phase: 'connected',
      announcement: 'Appel en cours avec +33611223344 retrouvé.',
    });
    expect(deskCallReducer(IDLE, { type: 'popped', pop: pop('CA1', 'wrap-up') })).toMatchObject({
      phase: 'coding',
      announcement: 'Appel avec +33611223344 terminé : il reste à le qualifier.',
    });
  });
});
