import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (`getconf CLK_TCK`, 100 on every x86 kernel). */
const TICKS_PER_SECOND = 100;

export type ProcessGroup = 'PostgreSQL' | 'Dovecot' | 'Redis';

const GROUP_OF_COMMAND: Record<string, ProcessGroup> = {
  postgres: 'PostgreSQL',
  'redis-server': 'Redis',
  dovecot: 'Dovecot',
  imap: 'Dovecot',
  'imap-login': 'Dovecot',
  auth: 'Dovecot',
  anvil: 'Dovecot',
  log: 'Dovecot',
  config: 'Dovecot',
  stats: 'Dovecot',
};

interface ProcessTimes {
  readonly command: string;
  readonly parent: number;
  /** utime + stime, its own. */
  readonly own: number;
  /** cutime + cstime: its children that exited and were reaped. */
  readonly reaped: number;
}

function processTimes(pid: string): ProcessTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command is parenthesised and may hold spaces: the fields follow its closing bracket.
    const close = stat.lastIndexOf(')');
    const command = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // Fields from state (3) on: ppid is 4, utime 14, stime 15, cutime 16, cstime 17.
    const field = (number: number) => Number(fields[number - 3]);
    return {
      command,
      parent: field(4),
      own: field(14) + field(15),
      reaped: field(16) + field(17),
    };
  } catch {
    return null; // it exited meanwhile
  }
}

/**
 * CPU milliseconds used so far by the servers a benchmark talks to, by group: each process's own
 * time, plus the time of its children that exited, for the group's processes whose parent is not
 * in the group (so that Dovecot's one process per IMAP session is counted after it exits, once).
 */
export function serverCpuMilliseconds(): Record<ProcessGroup, number> {
  const processes = new Map<number, ProcessTimes>();
  for (const entry of readdirSync('/proc'))
    if (/^\d+$/.test(entry)) {
      const times = processTimes(entry);
      if (times && GROUP_OF_COMMAND[times.command]) processes.set(Number(entry), times);
    }
  const totals: Record<ProcessGroup, number> = { PostgreSQL: 0, Dovecot: 0, Redis: 0 };
  for (const times of processes.values()) {
    const group = GROUP_OF_COMMAND[times.command];
    const parentGroup = processes.get(times.parent)?.command;
    const isRoot = !parentGroup || GROUP_OF_COMMAND[parentGroup] !== group;
    totals[group] += times.own + (isRoot ? times.reaped : 0);
  }
  for (const group of Object.keys(totals) as ProcessGroup[])
    totals[group] = (totals[group] * 1000) / TICKS_PER_SECOND;
  return totals;
}

export function cpuSince(before: Record<ProcessGroup, number>): Record<ProcessGroup, number> {
  const now = serverCpuMilliseconds();
  return {
    PostgreSQL: now.PostgreSQL - before.PostgreSQL,
    Dovecot: now.Dovecot - before.Dovecot,
    Redis: now.Redis - before.Redis,
  };
}
