import { TextDecoder, TextEncoder } from 'node:util';

// What jsdom lacks and the web app reads at render time: TextEncoder (React Router), matchMedia (DSFR).
// Typed loosely: the server tsconfig that checks this file has no DOM library.
const scope = globalThis as Record<string, unknown>;
scope.TextEncoder ??= TextEncoder;
scope.TextDecoder ??= TextDecoder;
scope.matchMedia ??= (query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  addListener: () => undefined,
  removeListener: () => undefined,
  dispatchEvent: () => false,
});
