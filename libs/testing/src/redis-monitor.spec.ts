import { parseMonitorLine } from './redis-monitor';

describe('a MONITOR line', () => {
  it('gives the command and its arguments, from a client or from a script', () => {
    expect(
      parseMonitorLine(
        '+1796067000.238874 [0 127.0.0.1:58774] "zrange" "p:queue:amiens:1" "4" "7"',
      ),
    ).toEqual(['zrange', 'p:queue:amiens:1', '4', '7']);
    expect(parseMonitorLine('+1796067000.3 [0 lua] "hgetall" "p:call:CA1"')).toEqual([
      'hgetall',
      'p:call:CA1',
    ]);
  });

  it('unescapes quotes, backslashes, control characters and bytes', () => {
    expect(parseMonitorLine('+1.0 [0 lua] "set" "k" "say \\"hi\\"\\\\ \\n\\xc3\\xa9"')).toEqual([
      'set',
      'k',
      'say "hi"\\ \n\xc3\xa9',
    ]);
  });
});
