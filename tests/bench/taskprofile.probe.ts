// What the longest main-thread tasks of one action on a big case spent their time in: a Chromium trace with V8's
// sampling profiler in it, the samples inside each long task summed by function (self time) and by the functions
// on their stacks (total time): `npx tsx tests/bench/taskprofile.probe.ts [--size M|L] [--action layout|open|panzoom|select] [--top 5]`.
// trace.probe.ts names the task's entry points; this one names the work inside them.
import { arg, mainThread, traceAction, type Action, type CallFrame, type ProfileNode, type TraceEvent } from './traceAction';

const frameName = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? -1) + 1}`;

async function main() {
  const size = arg('--size', 'L') as 'M' | 'L';
  const action = arg('--action', 'layout');
  const topTasks = Number(arg('--top', '5'));
  const events = await traceAction({
    size,
    action: action as Action,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'],
    // PROBE_CONSOLE=1 prints what the page logs with a "[probe]" prefix (timings added by hand while investigating).
    setUp: (page) => {
      if (process.env.PROBE_CONSOLE) page.on('console', (m) => m.text().startsWith('[probe]') && console.log(m.text()));
    },
    beforeTrace: async (page) => {
      const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      console.log(`JS heap before the ${action}: ${(heap / 1e6).toFixed(0)} MB`);
    },
  });
  // The page's main thread: the renderer main thread with the most function-call time (as trace.probe.ts picks it).
  const { key, onMain } = mainThread(events);

  // The main thread's sampled profile: a `Profile` event on that thread, then `ProfileChunk`s with the same id.
  const profile = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === key);
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  if (profile) {
    let ts = profile.args!.data!.startTime!;
    for (const c of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)) {
      for (const n of c.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const ids = c.args?.data?.cpuProfile?.samples ?? [];
      const deltas = c.args?.data?.timeDeltas ?? [];
      ids.forEach((id, i) => {
        ts += deltas[i] ?? 0;
        samples.push({ ts, node: id });
      });
    }
  } else console.log('(no sampled profile for the main thread in this trace)');

  // The sliced work (graphBuild.ts's `slice`): how many tasks, how long in all, from the first to the last.
  const slices = onMain.filter((e) => e.name === 'FunctionCall' && e.args?.data?.functionName === 'slice');
  if (slices.length) {
    const ms = slices.map((e) => e.dur! / 1000).sort((a, b) => a - b);
    const span = (Math.max(...slices.map((e) => e.ts + e.dur!)) - Math.min(...slices.map((e) => e.ts))) / 1000;
    console.log(
      `slices: ${ms.length}, ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms of script over ${span.toFixed(0)} ms; median ${ms[ms.length >> 1]!.toFixed(0)} ms, ` +
        `90th percentile ${ms[Math.floor(ms.length * 0.9)]!.toFixed(0)} ms, longest ${ms[ms.length - 1]!.toFixed(0)} ms, over 50 ms: ${ms.filter((m) => m > 50).length}`,
    );
  }
  const entryOf = (t: TraceEvent) =>
    onMain
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 0.5 * t.dur! && e.name !== 'RunTask')
      .map((e) => `${e.name}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}${e.args?.data?.type ? ` ${e.args.data.type}` : ''}`)
      .join(' > ');
  if (process.env.TIMELINE) {
    // Every task over TIMELINE ms, in time order, except the slices (summed above).
    const t0 = onMain[0]?.ts ?? 0;
    for (const t of onMain.filter((e) => e.name === 'RunTask' && e.dur! > Number(process.env.TIMELINE) * 1000).sort((a, b) => a.ts - b.ts)) {
      const entry = entryOf(t);
      if (!/ slice$/.test(entry)) console.log(`  +${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms ${(t.dur! / 1000).toFixed(0).padStart(5)} ms  ${entry}`);
    }
  }
  /** Prints the samples' functions by self and total time, `ms` split evenly over them; false if there are none. */
  const printProfile = (inside: { ts: number; node: number }[], ms: number): boolean => {
    if (!inside.length) return false;
    // Each sample stands for the time to the next one; the time split by sample count is close enough.
    const per = ms / inside.length;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (const s of inside) {
      const leaf = nodes.get(s.node);
      if (!leaf) continue;
      self.set(frameName(leaf.callFrame), (self.get(frameName(leaf.callFrame)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = leaf; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const name = frameName(n.callFrame);
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + 1);
      }
    }
    const show = (label: string, m: Map<string, number>, k: number) => {
      console.log(`  ${label}:`);
      for (const [name, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, k)) console.log(`    ${(n * per).toFixed(0).padStart(6)} ms  ${name}`);
    };
    show('self', self, 12);
    show('total (on the stack)', total, 25);
    return true;
  };
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!).slice(0, topTasks);
  for (const t of tasks) {
    const inside = samples.filter((s) => s.ts >= t.ts && s.ts <= t.ts + t.dur!);
    console.log(`\ntask of ${(t.dur! / 1000).toFixed(0)} ms at +${((t.ts - (onMain[0]?.ts ?? t.ts)) / 1000).toFixed(0)} ms: ${entryOf(t) || '(no entry)'} — ${inside.length} samples`);
    // Garbage collections inside the task (the profiler only says "(garbage collector)", not which kind).
    const gcs = onMain.filter((e) => /^(MinorGC|MajorGC|V8\.GC_MARK_COMPACTOR)$/.test(e.name) && e.ts >= t.ts && e.ts <= t.ts + t.dur!);
    const byKind = new Map<string, { n: number; ms: number; max: number }>();
    for (const g of gcs) {
      const k = byKind.get(g.name) ?? { n: 0, ms: 0, max: 0 };
      k.n++;
      k.ms += g.dur! / 1000;
      k.max = Math.max(k.max, g.dur! / 1000);
      byKind.set(g.name, k);
    }
    if (byKind.size) console.log(`  gc: ${[...byKind].map(([k, v]) => `${k} ${v.n}x ${v.ms.toFixed(0)} ms (longest ${v.max.toFixed(0)})`).join(', ')}`);
    if (process.env.TASK_EVENTS) {
      // Every trace event over 5 ms inside the task (what the profiler's buckets do not say).
      for (const e of onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts <= t.ts + t.dur! && e.dur! > 5000).sort((a, b) => a.ts - b.ts).slice(0, 40))
        console.log(`    +${((e.ts - t.ts) / 1000).toFixed(0).padStart(5)} ms ${(e.dur! / 1000).toFixed(0).padStart(6)} ms  ${e.name}`);
    }
    printProfile(inside, t.dur! / 1000);
  }
  if (slices.length) {
    // All the slices together: what the sliced work spends its time in.
    const inSlices = samples.filter((s) => slices.some((e) => s.ts >= e.ts && s.ts <= e.ts + e.dur!));
    console.log(`\nall ${slices.length} slices together — ${inSlices.length} samples`);
    printProfile(inSlices, slices.reduce((a, e) => a + e.dur! / 1000, 0));
  }
}
void main();
