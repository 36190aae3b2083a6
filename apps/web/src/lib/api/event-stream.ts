import { createParser } from 'eventsource-parser';
import { refreshSession } from './client';
import { session } from './session';

export type EventStreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface EventStreamOptions {
  /** Same-origin path of a Server-Sent Events route, e.g. `/api/voice/events`. */
  readonly path: string;
  readonly onEvent: (type: string, data: unknown) => void;
  readonly onStatus?: (status: EventStreamStatus) => void;
}

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 15_000;

function parsed(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

/**
 * An authenticated Server-Sent Events stream. `fetch` rather than `EventSource`, which cannot send
 * the bearer token. The server ends a stream when the access token expires: it is reopened at once
 * with a fresh token; after a failure, with a growing delay. Returns the function that closes it.
 */
export function openEventStream({ path, onEvent, onStatus }: EventStreamOptions): () => void {
  const aborter = new AbortController();
  let delay = FIRST_RETRY_MS;

  const connect = async (): Promise<void> => {
    if (session.accessToken() === null && !(await refreshSession())) return;
    const response = await fetch(path, {
      headers: {
        Accept: 'text/event-stream',
        Authorization: `Bearer ${session.accessToken() ?? ''}`,
      },
      signal: aborter.signal,
    });
    if (response.status === 401) {
      if (!(await refreshSession())) throw new Error('session closed');
      return;
    }
    if (!response.ok || response.body === null) throw new Error(`stream ${response.status}`);
    onStatus?.('open');
    delay = FIRST_RETRY_MS;
    const parser = createParser({
      onEvent: (event) => onEvent(event.event ?? 'message', parsed(event.data)),
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(value);
    }
  };

  const run = async (): Promise<void> => {
    onStatus?.('connecting');
    while (!aborter.signal.aborted) {
      try {
        await connect();
        if (!session.isOpen()) break;
      } catch {
        if (aborter.signal.aborted || !session.isOpen()) break;
        onStatus?.('reconnecting');
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, LAST_RETRY_MS);
      }
    }
    onStatus?.('closed');
  };

  void run();
  return () => aborter.abort();
}
