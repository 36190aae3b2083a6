import { ReadableStream } from 'node:stream/web';
import { TextDecoder, TextEncoder } from 'node:util';

// What jsdom lacks and the web app reads at render time: TextEncoder (React Router), matchMedia (DSFR),
// ReadableStream (downloads read as they arrive).
// Typed loosely: the server tsconfig that checks this file has no DOM library.
const scope = globalThis as Record<string, unknown>;
scope.TextEncoder ??= TextEncoder;
scope.TextDecoder ??= TextDecoder;
scope.ReadableStream ??= ReadableStream;
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

// jsdom draws nothing on a canvas and logs each attempt; ECharts measures text without one when told so.
const canvas = (scope.HTMLCanvasElement as { prototype: Record<string, unknown> } | undefined)
  ?.prototype;
if (canvas) canvas.getContext = () => null;
