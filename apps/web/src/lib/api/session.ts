/**
 * The tokens of the signed-in agent. The access token lives in memory only; the refresh token is kept
 * in sessionStorage (this tab, until it closes) so a reload signs in silently. It moves to an
 * HttpOnly cookie once the API sets one (apps/web/README.md, "Not yet").
 */
export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
}

const REFRESH_TOKEN_KEY = 'gru.refresh-token';
const listeners = new Set<() => void>();
let accessToken: string | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

export const session = {
  accessToken: (): string | null => accessToken,
  refreshToken: (): string | null => window.sessionStorage.getItem(REFRESH_TOKEN_KEY),
  isOpen: (): boolean => window.sessionStorage.getItem(REFRESH_TOKEN_KEY) !== null,
  store: (tokens: TokenPair): void => {
    const wasOpen = session.isOpen();
    accessToken = tokens.accessToken;
    window.sessionStorage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    if (!wasOpen) notify();
  },
  clear: (): void => {
    const wasOpen = session.isOpen();
    accessToken = null;
    window.sessionStorage.removeItem(REFRESH_TOKEN_KEY);
    if (wasOpen) notify();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
