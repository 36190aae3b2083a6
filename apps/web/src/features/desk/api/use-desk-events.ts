import { useEffect, useRef, useState } from 'react';
import { type EventStreamStatus, openEventStream } from '../../../lib/api/event-stream';
import { callEndedSchema, offerLapsedSchema, type ScreenPop, screenPopSchema } from './desk-events';

export interface DeskEventHandlers {
  readonly onScreenPop: (pop: ScreenPop) => void;
  readonly onOfferLapsed: (callSid: string) => void;
  readonly onCallEnded: (callSid: string) => void;
}

/** The agent's event stream (GET /api/voice/events) while the desk is open. */
export function useDeskEvents(handlers: DeskEventHandlers): EventStreamStatus {
  const [status, setStatus] = useState<EventStreamStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(
    () =>
      openEventStream({
        path: '/api/voice/events',
        onStatus: setStatus,
        onEvent: (type, data) => {
          if (type === 'screen-pop') {
            const pop = screenPopSchema.safeParse(data);
            if (pop.success) latest.current.onScreenPop(pop.data);
          } else if (type === 'offer-lapsed') {
            const notice = offerLapsedSchema.safeParse(data);
            if (notice.success) latest.current.onOfferLapsed(notice.data.callSid);
          } else if (type === 'call-ended') {
            const notice = callEndedSchema.safeParse(data);
            if (notice.success) latest.current.onCallEnded(notice.data.callSid);
          }
        },
      }),
    [],
  );
  return status;
}
