import { cpus, totalmem } from 'node:os';

/** Median of several runs: single runs on a shared 2-core machine are too noisy to compare. */
export async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Medians of a figure and its floor from interleaved runs (floor, figure, floor, figure, ...), so a burst of
 * load from other work on the machine hits both alike and their ratio stays meaningful.
 */
export async function pairedMedians(runs: number, floor: () => unknown | Promise<unknown>, fn: () => unknown | Promise<unknown>): Promise<{ floor: number; value: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await floor();
    a.push(performance.now() - t);
    t = performance.now();
    await fn();
    b.push(performance.now() - t);
  }
  const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { floor: mid(a), value: mid(b) };
}

export const machine = () => `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}`;

export type Row = { figure: string; value: number; floor?: number; unit: string; target?: number };

/** One table: each figure next to its floor and the ratio, with the target where there is one. */
export function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const fmt = (n: number, unit: string) => `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ${unit}`;
  const lines = rows.map((r) => {
    const ratio = r.floor ? r.value / r.floor : undefined;
    const verdict = ratio !== undefined && r.target !== undefined ? (ratio <= r.target ? 'meets' : 'MISSES') + ` ≤ ${r.target}×` : r.target !== undefined && r.floor === undefined ? (r.value <= r.target ? `meets ≤ ${r.target} ${r.unit}` : `MISSES ≤ ${r.target} ${r.unit}`) : '';
    return [r.figure, fmt(r.value, r.unit), r.floor !== undefined ? fmt(r.floor, r.unit) : '', ratio !== undefined ? `${ratio.toFixed(2)}×` : '', verdict];
  });
  const head = ['figure', 'measured', 'floor', 'ratio', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(row(head));
  for (const l of lines) console.log(row(l));
}
