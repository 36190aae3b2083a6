import { connect, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { REDIS_SERVER_URL } from './test-run';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', a: '\x07', b: '\b' };

/** The arguments of one MONITOR line, unescaped as Redis's `sdscatrepr` escaped them. */
export function parseMonitorLine(line: string): string[] {
  const args: string[] = [];
  for (const [, quoted] of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    args.push(
      quoted.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_escape, code: string) =>
        code.length === 3
          ? String.fromCharCode(parseInt(code.slice(1), 16))
          : (ESCAPES[code] ?? code),
      ),
    );
  }
  return args;
}

/**
 * The commands Redis itself executed (MONITOR, including those run inside Lua scripts) that touch
 * a key under `prefix` while `work` ran. A raw socket rather than ioredis's monitor mode: under
 * other test files' heavy traffic on the shared server, ioredis mistook monitor lines for replies
 * ("Command queue state error"). A marker command sent after `work` ends the capture, so nothing
 * still in flight is missed.
 */
export async function redisCommandsDuring(
  prefix: string,
  work: () => Promise<unknown>,
): Promise<string[][]> {
  const { hostname, port } = new URL(REDIS_SERVER_URL);
  const socket: Socket = connect(Number(port || 6379), hostname || '127.0.0.1');
  socket.setEncoding('utf8');
  const marker = `${prefix}:end-of-capture:${randomBytes(3).toString('hex')}`;
  const seen: string[][] = [];
  let buffered = '';
  let monitoring: () => void = () => undefined;
  let ended: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (monitoring = resolve));
  const done = new Promise<void>((resolve) => (ended = resolve));
  const failed = new Promise<never>((_, reject) => socket.once('error', reject));
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\r\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (line === '+OK') monitoring();
      else if (line.startsWith('-')) socket.destroy(new Error(`MONITOR refused: ${line}`));
      else if (line.includes(`"${prefix}:`)) {
        const args = parseMonitorLine(line);
        if (args[1] === marker) ended();
        else seen.push(args);
      }
    }
  });
  const markerClient = new Redis(REDIS_SERVER_URL);
  try {
    socket.write('MONITOR\r\n');
    await Promise.race([started, failed]);
    await work();
    await markerClient.exists(marker);
    await Promise.race([done, failed]);
    return seen;
  } finally {
    socket.destroy();
    markerClient.disconnect();
  }
}
