import { callerNumber, DemoCallOptions, parseDemoCallOptions, USAGE } from './demo-call-options';

/**
 * `npm run demo:call`: places simulated calls on the running demo (VOICE_TELEPHONY=simulated)
 * through the API, as the desk's simulator panel does. Agents available on /bureau get them.
 */
async function post(url: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${url}: ${text}`);
  return JSON.parse(text) as unknown;
}

async function placeCalls(options: DemoCallOptions): Promise<void> {
  const login = (await post(`${options.baseUrl}/api/auth/login`, {
    email: options.email,
    password: options.password,
  })) as { accessToken: string };
  for (let index = 0; index < options.count; index += 1) {
    const from = callerNumber(options, index);
    const call = (await post(
      `${options.baseUrl}/api/voice/simulator/calls`,
      { from, postcode: options.postcode, inseeCode: options.inseeCode },
      login.accessToken,
    )) as { callSid: string; status: string; antennaName: string | null; routedBy: string | null };
    process.stdout.write(
      `${call.callSid} ${from} → ${options.postcode}: ${call.status} (${call.antennaName ?? 'région'}, ${call.routedBy ?? '—'})\n`,
    );
  }
}

placeCalls(parseDemoCallOptions(process.argv.slice(2))).catch((error: Error) => {
  process.stderr.write(`demo:call: ${error.message}\n${USAGE}\n`);
  process.exit(1);
});
