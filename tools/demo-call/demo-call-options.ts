import { parseArgs } from 'node:util';

export interface DemoCallOptions {
  readonly baseUrl: string;
  readonly email: string;
  readonly password: string;
  readonly postcode: string;
  /** undefined: a different mobile number per call. */
  readonly from?: string;
  readonly inseeCode?: string;
  readonly count: number;
}

export const USAGE =
  'npm run demo:call [-- --postcode 80000 --from +33612345678 --insee 80021 --count 3 ' +
  '--url http://localhost:3000 --email manager@gru.demo --password demo-password]';

export function parseDemoCallOptions(args: string[]): DemoCallOptions {
  const { values } = parseArgs({
    args,
    options: {
      postcode: { type: 'string', default: '80000' },
      from: { type: 'string' },
      insee: { type: 'string' },
      count: { type: 'string', default: '1' },
      url: { type: 'string', default: 'http://localhost:3000' },
      email: { type: 'string', default: 'manager@gru.demo' },
      password: { type: 'string', default: 'demo-password' },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 50)
    throw new Error(`--count : entier de 1 à 50 attendu (got ${JSON.stringify(values.count)})`);
  if (!/^\d{5}$/.test(values.postcode))
    throw new Error(
      `--postcode : code postal à 5 chiffres attendu (got ${JSON.stringify(values.postcode)})`,
    );
  return {
    baseUrl: values.url.replace(/\/$/, ''),
    email: values.email,
    password: values.password,
    postcode: values.postcode,
    from: values.from,
    inseeCode: values.insee,
    count,
  };
}

/** A French mobile number per call, so the demo shows unknown callers as well as known ones. */
export function callerNumber(options: DemoCallOptions, index: number): string {
  if (options.from) return options.from;
  const suffix = String((Date.now() + index * 7919) % 100_000_000).padStart(8, '0');
  return `+336${suffix}`;
}
