import { callerNumber, parseDemoCallOptions } from './demo-call-options';

describe('demo:call options', () => {
  it('defaults to one call from Amiens on the local demo as the demo manager', () => {
    expect(parseDemoCallOptions([])).toEqual({
      baseUrl: 'http://localhost:3000',
      email: 'manager@gru.demo',
      password: 'demo-password',
      postcode: '80000',
      from: undefined,
      inseeCode: undefined,
      count: 1,
    });
  });

  it('reads the postcode, number and count, and refuses a malformed postcode or count', () => {
    const options = parseDemoCallOptions([
      '--postcode',
      '62000',
      '--from',
      '+33612345678',
      '--count',
      '3',
    ]);
    expect(options).toMatchObject({ postcode: '62000', from: '+33612345678', count: 3 });
    expect(callerNumber(options, 2)).toBe('+33612345678');
    expect(() => parseDemoCallOptions(['--postcode', '800'])).toThrow(/--postcode/);
    expect(() => parseDemoCallOptions(['--count', '0'])).toThrow(/--count/);
  });

  it('gives each call its own French mobile number when none is given', () => {
    const options = parseDemoCallOptions(['--count', '2']);
    expect(callerNumber(options, 0)).toMatch(/^\+336\d{8}$/);
    expect(callerNumber(options, 0)).not.toBe(callerNumber(options, 1));
  });
});
