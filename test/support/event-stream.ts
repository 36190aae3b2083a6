import type { INestApplication } from '@nestjs/common';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';

export interface OpenedEventStream {
  readonly response: IncomingMessage;
  readonly text: () => string;
  readonly closed: Promise<void>;
  close(): void;
}

/** Opens a Server-Sent Events route (by default the agent's) on a listening app as a browser would. */
export async function openEventStream(
  app: INestApplication,
  accessToken: string,
  path = '/api/voice/events',
): Promise<OpenedEventStream> {
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const response = await new Promise<IncomingMessage>((resolveResponse, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: { Authorization: `Bearer ${accessToken}`, Accept: 'text/event-stream' },
      },
      resolveResponse,
    );
    req.on('error', reject);
    req.end();
  });
  const chunks: string[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const closed = new Promise<void>((resolveClosed) => {
    response.on('close', () => resolveClosed());
    response.on('error', () => resolveClosed());
  });
  return { response, text: () => chunks.join(''), closed, close: () => response.destroy() };
}
