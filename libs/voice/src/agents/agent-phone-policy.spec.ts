import { mayRingAgentPhone } from './agent-phone-policy';

describe('mayRingAgentPhone', () => {
  it('accepts French landlines and mobiles', () => {
    for (const number of ['+33322973737', '+33612345678', '+33712345678', '+33912345678'])
      expect(mayRingAgentPhone(number, [])).toBe(true);
  });

  it('refuses foreign, overseas, premium-rate and other 08 numbers unless allow-listed', () => {
    for (const number of ['+442079460958', '+262262123456', '+33899123456', '+33810123456'])
      expect(mayRingAgentPhone(number, [])).toBe(false);
    expect(mayRingAgentPhone('+262262123456', ['+262262'])).toBe(true);
    expect(mayRingAgentPhone('+3228000000', ['+3228000000'])).toBe(true);
  });
});
