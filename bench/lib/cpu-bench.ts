import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Random } from '../../scripts/seeding/random';
import { table } from './figures';
import type { Service } from './processes';
import { availableSlots, casePage, examinerProfile, post, type WorkloadData } from './workload';

/**
 * Where the time of one request goes: CPU milliseconds each process spends per workload request (gateway,
 * each subgraph, and PostgreSQL's backends), over requests sent one at a time. Read from /proc (Linux).
 */
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
};

/** CPU of a process and its direct children (the workers of a gateway started with GATEWAY_WORKERS > 1). */
const processTreeCpuMs = (pid: number): number => {
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)]).toString().split('\n').filter(Boolean).map(Number);
  } catch {
    // no children
  }
  return children.reduce((sum, child) => sum + cpuMs(child), cpuMs(pid));
};

/** CPU so far of every PostgreSQL backend, by pid (backends come and go between two readings). */
const postgresCpuMs = (): Map<number, number> => {
  const cpu = new Map<number, number>();
  try {
    for (const pid of execFileSync('pgrep', ['-u', 'postgres', 'postgres']).toString().split('\n').filter(Boolean).map(Number)) {
      try {
        cpu.set(pid, cpuMs(pid));
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    // no pgrep, or no server under the postgres user (the embedded one runs as the current user)
  }
  return cpu;
};

/** CPU spent between two readings by backends alive at the second (a new backend counts from zero). */
const postgresDelta = (before: Map<number, number>, after: Map<number, number>): number =>
  after.size === 0 ? Number.NaN : [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

export interface CpuFigure {
  query: string;
  wallMs: number;
  perProcess: Record<string, number>;
}

export async function measureCpu(gateway: Service, subgraphs: Service[], data: WorkloadData, count = 100): Promise<CpuFigure[]> {
  const processes = [gateway, ...subgraphs];
  const figures: CpuFigure[] = [];
  for (const [query, make] of [
    ['case page of 50', casePage],
    ['examiner profile with metrics', examinerProfile],
    ['available slots of an assigned case', availableSlots],
  ] as const) {
    const random = new Random(9);
    for (let i = 0; i < 10; i++) await post(gateway.url, make(data, random));
    const before = processes.map((p) => processTreeCpuMs(p.pid));
    const postgresBefore = postgresCpuMs();
    const started = performance.now();
    for (let i = 0; i < count; i++) await post(gateway.url, make(data, random));
    const wallMs = (performance.now() - started) / count;
    const perProcess = Object.fromEntries(processes.map((p, i) => [p.name, (processTreeCpuMs(p.pid) - before[i]) / count]));
    perProcess.postgres = postgresDelta(postgresBefore, postgresCpuMs()) / count;
    figures.push({ query, wallMs, perProcess });
  }
  return figures;
}

export function cpuTable(figures: CpuFigure[]): string {
  const names = Object.keys(figures[0]?.perProcess ?? {});
  return table(
    ['query (one at a time)', 'wall time', ...names.map((n) => `${n} CPU`)],
    figures.map((f) => [f.query, `${f.wallMs.toFixed(0)} ms`, ...names.map((n) => (Number.isFinite(f.perProcess[n]) ? `${f.perProcess[n].toFixed(1)} ms` : '–'))]),
  );
}
