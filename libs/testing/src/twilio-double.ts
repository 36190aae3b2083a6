import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioDoubleRequest {
  readonly method: string;
  readonly path: string;
  readonly form: Record<string, string | string[]>;
}

export interface TwilioDouble {
  readonly url: string;
  readonly requests: TwilioDoubleRequest[];
  close(): Promise<void>;
}

/**
 * A local stand-in for Twilio's REST API (a paid remote service tests cannot reach). It speaks the
 * real wire format: HTTP Basic auth with the account SID and auth token, form-encoded bodies with
 * Twilio's parameter names, JSON call resources and Twilio's error body on 401/404.
 */
export async function startTwilioDouble(
  accountSid: string,
  authToken: string,
): Promise<TwilioDouble> {
  const requests: TwilioDoubleRequest[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const path = (request.url ?? '').split('?')[0];
    if (request.headers.authorization !== expectedAuth)
      return reply(response, 401, {
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
    if (
      request.headers['content-type']?.startsWith('application/x-www-form-urlencoded') !== true &&
      request.method === 'POST'
    ) {
      return reply(response, 400, {
        code: 20001,
        message: 'Expected a form-encoded body',
        status: 400,
      });
    }
    const form = parseForm(body);
    requests.push({ method: request.method ?? '', path, form });
    const create = path.match(/^\/2010-04-01\/Accounts\/(AC\w{32})\/Calls\.json$/);
    const update = path.match(/^\/2010-04-01\/Accounts\/(AC\w{32})\/Calls\/(CA\w{32})\.json$/);
    if (create && request.method === 'POST') {
      if (!form.To || !form.From || !(form.Url || form.Twiml))
        return reply(response, 400, {
          code: 21201,
          message: 'Missing To, From or Url',
          status: 400,
        });
      return reply(
        response,
        201,
        callResource(
          accountSid,
          `CA${randomBytes(16).toString('hex')}`,
          String(form.To),
          String(form.From),
          'queued',
        ),
      );
    }
    if (update && request.method === 'POST')
      return reply(
        response,
        200,
        callResource(accountSid, update[2], '+33800000000', '+33100000000', 'in-progress'),
      );
    return reply(response, 404, {
      code: 20404,
      message: 'The requested resource was not found',
      status: 404,
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
  });
}

function parseForm(body: string): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const existing = form[key];
    form[key] =
      existing === undefined
        ? value
        : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return form;
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function callResource(accountSid: string, sid: string, to: string, from: string, status: string) {
  const now = new Date().toUTCString();
  return {
    sid,
    account_sid: accountSid,
    to,
    from,
    status,
    direction: 'outbound-api',
    date_created: now,
    date_updated: now,
    api_version: '2010-04-01',
    uri: `/2010-04-01/Accounts/${accountSid}/Calls/${sid}.json`,
  };
}
