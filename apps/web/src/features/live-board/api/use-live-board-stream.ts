import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type EventStreamStatus, openEventStream } from '../../../lib/api/event-stream';
import { liveBoardSchema } from './live-board';
import { liveBoardKeys } from './live-board-keys';

/** Keeps the board's query data current from `GET /api/voice/live/events`; returns the connection state. */
export function useLiveBoardStream(): EventStreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<EventStreamStatus>('connecting');
  useEffect(
    () =>
      openEventStream({
        path: '/api/voice/live/events',
        onStatus: setStatus,
        onEvent: (type, data) => {
          if (type !== 'snapshot') return;
          const board = liveBoardSchema.safeParse(data);
          if (board.success) queryClient.setQueryData(liveBoardKeys.board(), board.data);
        },
      }),
    [queryClient],
  );
  return status;
}
