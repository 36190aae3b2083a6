import { currentRequestId, requestIdFrom, runWithRequestId } from './request-context';

describe('request context', () => {
  it('keeps a safe caller-supplied id and replaces an unsafe one', () => {
    expect(requestIdFrom('CA1234abcd')).toBe('CA1234abcd');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    expect(requestIdFrom('has spaces\nand newline')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom('x'.repeat(65))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the id across awaits', async () => {
    const seen = await runWithRequestId('req-1', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequestId();
    });
    expect(seen).toBe('req-1');
    expect(currentRequestId()).toBeUndefined();
  });
});
