import { useSyncExternalStore } from 'react';
import { session } from '../../../lib/api/session';

/** Whether this tab holds a session (a refresh token), re-rendering when it opens or closes. */
export function useSessionOpen(): boolean {
  return useSyncExternalStore(session.subscribe, session.isOpen);
}
