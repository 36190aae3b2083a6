import { Role } from '@gru/auth';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * Every operation of docs/openapi.json (read now, so a new route is covered as soon as the contract
 * has it), for every role and without a token, with valid, malformed, oversized and out-of-range
 * inputs and with the other antenna's ids: never a 500, never a record of an antenna the role may
 * not see, never a write on one. Twilio's signed webhooks under /voice are covered elsewhere.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  type?: string;
  format?: string;
  enum?: Json[];
  $ref?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { contentType: string; schema: Schema };
}
interface Seeded {
  antennaId: string;
  citizenId: string;
  requestId: string;
  reference: string;
  contactId: string;
  externalRef: string;
  messageId: string;
  attachmentId: string;
  staffUserId: string;
  phone: string;
  email: string;
  lastName: string;
  postcode: string;
  inseeCode: string;
}
type Side = 'own' | 'other';
interface Case {
  label: string;
  path: string;
  query: [string, string][];
  body?: { contentType: string; payload: string | FormData };
  /** The other antenna's record ids the input carries: a 2xx on them is a broken check. */
  carriesOther: boolean;
}
interface Failure {
  key: string;
  detail: string;
}

const OPENAPI = resolve(__dirname, '../../docs/openapi.json');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const LONG = 'A'.repeat(120_000);
const FAR_DATES = ['+275760-09-13T00:00:00.000Z', '0001-01-01', '9999-12-31T23:59:59Z'];

/**
 * Known failures accepted for a while, each with its issue: the test asserts each one STILL
 * happens, so a fix turns it red and its line must go. Empty: every finding so far is fixed.
 */
const KNOWN_OPEN: string[] = [];

type Who =
  | 'none'
  | 'instructor'
  | 'agentWithoutAntenna'
  | 'agent'
  | 'antennaManager'
  | 'mobile'
  | 'manager'
  | 'admin';
/** Restricted roles first: the cross-antenna roles' writes must not move records under them. */
const ROLES: Who[] = [
  'none',
  'instructor',
  'agentWithoutAntenna',
  'agent',
  'antennaManager',
  'mobile',
  'manager',
  'admin',
];

describe('generated route test: every operation × role × input', () => {
  let api: TestApi;
  let base: string;
  const tokens = {} as Record<Who, string | undefined>;
  const seeded = {} as Record<Side, Seeded>;
  let operations: Operation[];
  let schemas: Record<string, Schema>;
  const failures: Failure[] = [];
  let calls = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    const document = JSON.parse(readFileSync(OPENAPI, 'utf8')) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: { schemas: Record<string, Schema> };
    };
    schemas = document.components.schemas;
    operations = readOperations(document.paths);
    seeded.own = await seedAntenna('amiens', 'Amiens', '80021', '80000', '0611223344');
    seeded.other = await seedAntenna('arras', 'Arras', '62041', '62000', '0655667788');
    tokens.none = undefined;
    tokens.instructor = await api.tokenFor({ role: Role.Instructor });
    // An agent account left without an antenna (created before the antenna rule, written straight
    // to the table): it must see no antenna's records.
    tokens.agentWithoutAntenna = await api.legacyTokenFor({
      role: Role.Agent,
      antennaId: null,
      mobileTeam: false,
    });
    tokens.agent = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    tokens.antennaManager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    tokens.mobile = await api.tokenFor({ role: Role.Agent, mobileTeam: true });
    tokens.manager = await api.tokenFor({ role: Role.Manager });
    tokens.admin = await api.tokenFor({ role: Role.Admin });
  }, 60_000);

  afterAll(() => api.close());

  async function seedAntenna(
    antennaId: string,
    name: string,
    inseeCode: string,
    postcode: string,
    phone: string,
  ): Promise<Seeded> {
    const staff = await api.createStaff({ role: Role.Agent, antennaId });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: staff.email, password: staff.password })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken as string}` };
    const lastName = `Secret${name}${randomUUID().slice(0, 6)}`;
    const email = `${lastName.toLowerCase()}@example.test`;
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({ firstName: 'Camille', lastName, phone, email, inseeCode, postcode })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set(auth)
      .send({ citizenId: citizen.body.id, channel: 'phone', subject: `Aide ${name}` })
      .expect(201);
    const externalRef = `CA${randomUUID().replace(/-/g, '')}`;
    const contact = await api
      .http()
      .post('/api/contacts')
      .set(auth)
      .send({
        channel: 'phone',
        direction: 'inbound',
        citizenId: citizen.body.id,
        requestId: request.body.id,
        reasonCode: 'callback',
        outcome: 'callback_scheduled',
        externalRef,
      })
      .expect(201);
    const message = await api
      .http()
      .post(`/api/requests/${request.body.id}/messages`)
      .set(auth)
      .send({ subject: 'Votre demande', body: `Bonjour ${lastName}` })
      .expect(201);
    const attachment = await api
      .http()
      .post(`/api/requests/${request.body.id}/attachments`)
      .set(auth)
      .attach('file', Buffer.concat([PDF, Buffer.from(`% ${name}\n`)]), `${name}.pdf`)
      .expect(201);
    const callbacks = await api.http().get('/api/voice/callbacks').set(auth).expect(200);
    expect(JSON.stringify(callbacks.body)).toContain(request.body.id as string);
    return {
      antennaId,
      citizenId: citizen.body.id as string,
      requestId: request.body.id as string,
      reference: request.body.reference as string,
      contactId: (contact.body.contact?.id ?? contact.body.id) as string,
      externalRef,
      messageId: message.body.id as string,
      attachmentId: attachment.body.id as string,
      staffUserId: staff.id,
      phone: (citizen.body.phones as string[])[0],
      email: (citizen.body.emails as string[])[0],
      lastName,
      postcode,
      inseeCode,
    };
  }

  function readOperations(
    paths: Record<string, Record<string, Record<string, unknown>>>,
  ): Operation[] {
    const list: Operation[] = [];
    for (const [path, methods] of Object.entries(paths)) {
      if (path.startsWith('/voice/')) continue;
      for (const [method, spec] of Object.entries(methods)) {
        const content = (spec.requestBody as { content?: Record<string, { schema: Schema }> })
          ?.content;
        const [contentType, media] = Object.entries(content ?? {})[0] ?? [];
        list.push({
          method: method.toUpperCase(),
          path,
          parameters: (spec.parameters as Parameter[] | undefined) ?? [],
          body: contentType ? { contentType, schema: media.schema } : undefined,
        });
      }
    }
    // Logging out last: it may end the session the role's remaining calls use.
    return list.sort(
      (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
    );
  }

  const deref = (schema: Schema): Schema =>
    schema.$ref ? schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;

  /** The seeded value a parameter or field names, on one side; undefined when it names none. */
  function idFor(name: string, path: string, side: Side): string | undefined {
    const s = seeded[side];
    const byName: Record<string, string> = {
      citizenId: s.citizenId,
      duplicateId: s.citizenId,
      requestId: s.requestId,
      contactId: s.contactId,
      attachmentId: s.attachmentId,
      userId: s.staffUserId,
      antennaId: s.antennaId,
      postcode: s.postcode,
      inseeCode: s.inseeCode,
    };
    if (name in byName) return byName[name];
    if (name !== 'id') return undefined;
    if (path.startsWith('/api/requests/')) return s.requestId;
    if (path.startsWith('/api/citizens/')) return s.citizenId;
    if (path.startsWith('/api/users/')) return s.staffUserId;
    if (path.startsWith('/api/territory/antennas/')) return s.antennaId;
    return undefined;
  }

  const RECORD_FIELDS = new Set([
    'id',
    'citizenId',
    'duplicateId',
    'requestId',
    'contactId',
    'attachmentId',
    'userId',
  ]);

  const PROBED_FIELDS = new Set([...RECORD_FIELDS, 'antennaId', 'externalRef', 'phone', 'email']);
  const otherRecordIds = () => {
    const s = seeded.other;
    return new Set([s.citizenId, s.requestId, s.contactId, s.attachmentId, s.staffUserId]);
  };

  function validValue(name: string, schema: Schema, path: string, side: Side): Json {
    const resolved = deref(schema);
    const seededValue = idFor(name, path, side);
    if (seededValue !== undefined && name !== 'postcode' && name !== 'inseeCode')
      return seededValue;
    if (resolved.enum) return resolved.enum[0];
    // The other antenna's citizen's phone, email and call id: an idempotent or deduplicating write
    // must not answer with that citizen's records.
    if (name === 'externalRef') return side === 'other' ? seeded.other.externalRef : randomUUID();
    if (/^emails?$/.test(name))
      return side === 'other'
        ? seeded.other.email
        : `fuzz-${randomUUID().slice(0, 8)}@example.test`;
    if (/^phones?$/.test(name) || name === 'phoneNumber')
      return side === 'other' && name !== 'phoneNumber' ? seeded.other.phone : '06 00 00 00 01';
    if (/password/i.test(name)) return 'fuzz-password-0123456789';
    if (/^(effectiveFrom|firstDay|lastDay)$/.test(name)) return '2031-01-06';
    if (resolved.format === 'date-time' || /At$/.test(name)) return new Date().toISOString();
    switch (resolved.type) {
      case 'boolean':
        return true;
      case 'number':
      case 'integer':
        return 1;
      case 'array':
        return [];
      case 'object':
        return resolved.properties ? validBody(resolved, path, side) : {};
      default:
        return 'Texte de test généré';
    }
  }

  function validBody(schema: Schema, path: string, side: Side): Record<string, Json> {
    const resolved = deref(schema);
    const body: Record<string, Json> = {};
    for (const [name, property] of Object.entries(resolved.properties ?? {})) {
      if (resolved.required?.includes(name) || PROBED_FIELDS.has(name))
        body[name] = validValue(name, property, path, side);
    }
    return body;
  }

  /** One variant of every field: wrong type, oversized, or out of range. */
  function mutatedBody(
    schema: Schema,
    path: string,
    mutate: (name: string, schema: Schema) => Json,
  ): Record<string, Json> {
    const resolved = deref(schema);
    const body = validBody(resolved, path, 'own');
    for (const [name, property] of Object.entries(resolved.properties ?? {}))
      body[name] = mutate(name, deref(property));
    return body;
  }

  const wrongType = (_name: string, schema: Schema): Json =>
    schema.type === 'string' || schema.enum ? { $gt: '' } : schema.type === 'array' ? 'x' : 'x';
  const oversized = (_name: string, schema: Schema): Json =>
    schema.type === 'array'
      ? Array.from({ length: 5_000 }, () => 'x')
      : schema.type === 'number' || schema.type === 'integer'
        ? 1e308
        : schema.type === 'boolean'
          ? 'true'.repeat(1000)
          : 'é'.repeat(30_000);
  const outOfRange = (name: string, schema: Schema): Json =>
    /At$|Day$|From$/.test(name) || schema.format === 'date-time'
      ? FAR_DATES[name.length % FAR_DATES.length]
      : schema.type === 'number' || schema.type === 'integer'
        ? -1
        : schema.type === 'array'
          ? [null]
          : '';

  function queryValues(parameter: Parameter, side: Side | 'wild'): string[] {
    const s = seeded.other;
    const name = parameter.name;
    if (side === 'own') {
      const own = idFor(name, '', 'own');
      return own ? [own] : [];
    }
    if (side === 'other') {
      const values: Record<string, string> = {
        antennaId: s.antennaId,
        phone: s.phone,
        email: s.email,
        lastName: s.lastName,
        firstName: 'Camille',
        postcode: s.postcode,
        assignee: s.staffUserId,
        after: Buffer.from(JSON.stringify({ id: s.requestId })).toString('base64url'),
      };
      return name in values ? [values[name]] : [];
    }
    const type = deref(parameter.schema ?? {}).type;
    const cursor = (value: Json) => Buffer.from(JSON.stringify(value)).toString('base64url');
    if (name === 'after')
      return [
        cursor({ nameKey: 'a', id: 'not-a-uuid' }),
        cursor({ nameKey: 7, id: [] }),
        cursor({ nameKey: 'x'.repeat(5_000), id: randomUUID() }),
        '!!!garbage',
        '',
        '%',
      ];
    return type === 'number' || type === 'integer'
      ? ['-1', 'abc', '1e12', '99999999999999999999', '0', '1.5']
      : ['!!!garbage', "' OR 1=1 --", 'x'.repeat(5_000), '', '%', '..%2F..%2Fetc'];
  }

  function buildPath(operation: Operation, value: (parameter: Parameter, index: number) => string) {
    let index = 0;
    return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
      const parameter = operation.parameters.find((p) => p.name === name && p.in === 'path') ?? {
        name,
        in: 'path' as const,
      };
      return encodeURIComponent(value(parameter, index++));
    });
  }

  const pathValue = (operation: Operation, side: Side) => (parameter: Parameter) =>
    idFor(parameter.name, operation.path, side) ?? randomUUID();

  function jsonBody(value: Json): Case['body'] {
    return { contentType: 'application/json', payload: JSON.stringify(value) };
  }

  function upload(field: string, name: string): Case['body'] {
    const form = new FormData();
    form.append(field, new Blob([PDF]), name);
    return { contentType: 'multipart', payload: form };
  }

  function casesFor(operation: Operation): Case[] {
    const query = operation.parameters.filter((p) => p.in === 'query');
    const pathParameters = operation.parameters.filter((p) => p.in === 'path');
    const multipart = operation.body?.contentType.startsWith('multipart/');
    const body = (side: Side): Case['body'] =>
      !operation.body
        ? undefined
        : multipart
          ? upload('file', `../../${side}.bat`)
          : jsonBody(validBody(operation.body.schema, operation.path, side));
    const otherRecordInBody =
      !multipart &&
      Object.keys(deref(operation.body?.schema ?? {}).properties ?? {}).some(
        (name) => RECORD_FIELDS.has(name) && name !== 'userId',
      );
    const cases: Case[] = [
      {
        label: 'valid, own antenna',
        path: buildPath(operation, pathValue(operation, 'own')),
        query: query.flatMap((p) =>
          queryValues(p, 'own').map((v): [string, string] => [p.name, v]),
        ),
        body: body('own'),
        carriesOther: false,
      },
      {
        label: "the other antenna's ids",
        path: buildPath(operation, pathValue(operation, 'other')),
        query: query.flatMap((p) =>
          queryValues(p, 'other').map((v): [string, string] => [p.name, v]),
        ),
        body: body('other'),
        carriesOther:
          pathParameters.some((p) =>
            otherRecordIds().has(idFor(p.name, operation.path, 'other') ?? ''),
          ) || otherRecordInBody,
      },
      {
        label: 'malformed ids and wrong types',
        path: buildPath(operation, () => 'not-a-uuid'),
        query: query.map((p) => [p.name, '{"$gt":""}']),
        body: operation.body
          ? multipart
            ? upload('not-file', 'x.pdf')
            : jsonBody(mutatedBody(operation.body.schema, operation.path, wrongType))
          : undefined,
        carriesOther: false,
      },
      {
        label: 'unknown ids, injection',
        path: buildPath(operation, (_p, index) => (index === 0 ? randomUUID() : "1' OR '1'='1")),
        query: query.map((p) => [p.name, "%' OR 1=1 --"]),
        carriesOther: false,
      },
      {
        label: 'oversized',
        path: buildPath(operation, () => '9'.repeat(40)),
        query: query.map((p) => [p.name, queryValues(p, 'wild')[3]]),
        body: operation.body
          ? multipart
            ? { contentType: 'multipart/form-data', payload: LONG }
            : jsonBody(mutatedBody(operation.body.schema, operation.path, oversized))
          : undefined,
        carriesOther: false,
      },
      {
        label: 'out of range',
        path: buildPath(operation, () => 'x'.repeat(3_000)),
        query: query.map((p) => [p.name, queryValues(p, 'wild')[2]]),
        body: operation.body
          ? multipart
            ? undefined
            : jsonBody(mutatedBody(operation.body.schema, operation.path, outOfRange))
          : undefined,
        carriesOther: false,
      },
      {
        label: 'negative and repeated query parameters',
        path: buildPath(operation, pathValue(operation, 'own')),
        query: [
          ...query.flatMap((p): [string, string][] => [
            [p.name, queryValues(p, 'wild')[0]],
            [p.name, queryValues(p, 'wild')[1]],
          ]),
          ['q', 'a'],
          ['q', 'b'],
        ],
        carriesOther: false,
      },
      {
        label: "searching the other antenna's citizen",
        path: buildPath(operation, pathValue(operation, 'own')),
        query: [
          ['q', seeded.other.lastName],
          ['phone', seeded.other.phone],
        ],
        carriesOther: false,
      },
    ];
    // Malformed, negative, huge and empty values (a garbage cursor), one query parameter at a
    // time on an own, valid path, so that no other parameter's 400 hides a fault.
    for (const parameter of query)
      for (const index of [0, 1, 2, 3])
        cases.push({
          label: `${parameter.name} #${index}`,
          path: buildPath(operation, pathValue(operation, 'own')),
          query: [[parameter.name, queryValues(parameter, 'wild')[index]]],
          carriesOther: false,
        });
    // One field at a time from the other antenna, the rest own: a takeover through one reference.
    if (operation.body && !multipart)
      for (const name of Object.keys(deref(operation.body.schema).properties ?? {})) {
        if (!PROBED_FIELDS.has(name) || name === 'antennaId') continue;
        const mixed = validBody(operation.body.schema, operation.path, 'own');
        mixed[name] = validValue(
          name,
          deref(operation.body.schema).properties![name],
          operation.path,
          'other',
        );
        cases.push({
          label: `the other antenna's ${name} in an own body`,
          path: buildPath(operation, pathValue(operation, 'own')),
          query: [],
          body: jsonBody(mixed),
          carriesOther: RECORD_FIELDS.has(name) && name !== 'userId',
        });
      }
    if (pathParameters.length > 1)
      cases.push({
        label: "own parent, the other antenna's child",
        path: buildPath(operation, (parameter) =>
          parameter.name === 'id'
            ? (idFor('id', operation.path, 'own') ?? randomUUID())
            : (idFor(parameter.name, operation.path, 'other') ?? randomUUID()),
        ),
        query: [],
        body: body('own'),
        carriesOther: true,
      });
    if (operation.body && !multipart)
      cases.push(
        {
          label: 'garbage JSON',
          path: buildPath(operation, pathValue(operation, 'own')),
          query: [],
          body: { contentType: 'application/json', payload: '{"subject": "é", ' },
          carriesOther: false,
        },
        {
          label: 'array and scalar bodies',
          path: buildPath(operation, pathValue(operation, 'own')),
          query: [],
          body: jsonBody([null, 1e308, LONG.slice(0, 1000)]),
          carriesOther: false,
        },
      );
    return cases;
  }

  /** What a role may not see: the other antenna's records, or both for an instructor or no token. */
  function forbiddenValues(who: Who): Map<string, string> {
    const sides: Side[] =
      who === 'agent' || who === 'antennaManager'
        ? ['other']
        : who === 'instructor' || who === 'none' || who === 'agentWithoutAntenna'
          ? ['own', 'other']
          : [];
    const values = new Map<string, string>();
    for (const side of sides) {
      const s = seeded[side];
      for (const [label, value] of Object.entries({
        citizenId: s.citizenId,
        requestId: s.requestId,
        reference: s.reference,
        contactId: s.contactId,
        externalRef: s.externalRef,
        messageId: s.messageId,
        attachmentId: s.attachmentId,
        phone: s.phone,
        nationalPhone: s.phone.replace('+33', '0'),
        email: s.email,
        lastName: s.lastName,
      }))
        values.set(value.toLowerCase(), `${s.antennaId} ${label}`);
    }
    return values;
  }

  /** Status and body text; a stream (server-sent events) is read for a moment, then dropped. */
  async function call(
    operation: Operation,
    input: Case,
    token: string | undefined,
  ): Promise<{ status: number; text: string } | undefined> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    const url = `${base}${input.path}${input.query.length ? `?${new URLSearchParams(input.query).toString()}` : ''}`;
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (input.body && typeof input.body.payload === 'string')
      headers['Content-Type'] = input.body.contentType;
    calls += 1;
    try {
      const response = await fetch(url, {
        method: operation.method,
        headers,
        body: input.body?.payload,
        signal: controller.signal,
      });
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const until = Date.now() + 400;
      while (reader) {
        const chunk = await Promise.race([
          reader.read(),
          new Promise<undefined>((done) =>
            setTimeout(() => done(undefined), Math.max(0, until - Date.now())),
          ),
        ]);
        if (!chunk) {
          controller.abort();
          break;
        }
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
      return { status: response.status, text };
    } catch {
      // The server may close the connection on an oversized upload: no answer, hence no 500.
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  function check(
    who: Who,
    operation: Operation,
    input: Case,
    answer: { status: number; text: string },
  ): void {
    const name = `${operation.method} ${operation.path}`;
    if (answer.status >= 500)
      failures.push({
        key: `${name} · ${input.label} · ${answer.status}`,
        detail: `as ${who}: ${answer.text.slice(0, 200)}`,
      });
    const forbidden = forbiddenValues(who);
    if (forbidden.size === 0) return;
    const sent =
      `${input.path} ${JSON.stringify(input.query)} ${typeof input.body?.payload === 'string' ? input.body.payload : ''}`.toLowerCase();
    const received = answer.text.toLowerCase();
    const leaked = [...forbidden].filter(
      ([value]) => received.includes(value) && !sent.includes(value),
    );
    if (leaked.length > 0)
      failures.push({
        key: `${name} · ${input.label} · leaks to ${who}`,
        detail: `status ${answer.status}: ${leaked.map(([, label]) => label).join(', ')}`,
      });
    if (input.carriesOther && who !== 'none' && answer.status < 300)
      failures.push({
        key: `${name} · ${input.label} · ${answer.status} for ${who}`,
        detail: answer.text.slice(0, 200),
      });
  }

  /**
   * Writes carrying the other antenna's references (and logging out) come after every role's
   * first pass: once allowed, they would put the other antenna's records under the own antenna's
   * (a takeover, a copied email) and every later read would report the same fault again.
   */
  const late = (operation: Operation, input: Case) =>
    operation.path.endsWith('/logout') ||
    (operation.method !== 'GET' &&
      (input.carriesOther || input.label.startsWith("the other antenna's")));

  async function runRole(who: Who, phase: 'first' | 'late'): Promise<void> {
    const jobs = operations.flatMap((operation) =>
      casesFor(operation)
        .filter((input) => late(operation, input) === (phase === 'late'))
        .map((input) => ({ operation, input })),
    );
    // A small pool taking the calls in order (logging out comes last).
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const { operation, input } = jobs[next++];
        const answer = await call(operation, input, tokens[who]);
        if (answer) check(who, operation, input, answer);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  }

  it.each(ROLES)(
    'answers every operation as %s without a 500 or a leak',
    async (who) => {
      await runRole(who, 'first');
    },
    120_000,
  );

  it.each(ROLES)(
    "refuses %s's writes that carry the other antenna's references",
    async (who) => {
      await runRole(who, 'late');
    },
    120_000,
  );

  it('found nothing but the known open points, and each of those is still open', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(calls).toBeGreaterThan(operations.length * ROLES.length * 7);
    const keys = [...new Set(failures.map((failure) => failure.key))].sort();
    const unexpected = keys
      .filter((key) => !KNOWN_OPEN.includes(key))
      .map((key) => `${key} — ${failures.find((failure) => failure.key === key)?.detail}`);
    expect(unexpected).toEqual([]);
    expect(KNOWN_OPEN.filter((key) => !keys.includes(key))).toEqual([]);
  });
});
