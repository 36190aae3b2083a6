import { dueSoonLimit } from './due-soon-limit';

describe('due soon limit', () => {
  it('reaches the end of the second working day, over a weekend', () => {
    // Friday 27 November 2026, 10:00 in Paris: Monday and Tuesday are the next two working days.
    const limit = dueSoonLimit(new Date('2026-11-27T09:00:00Z'));
    expect(limit.toISOString()).toBe('2026-12-01T22:59:00.000Z');
  });
});
