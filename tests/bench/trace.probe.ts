// The longest main-thread tasks of one action on a big case, from a Chromium trace (devtools.timeline), with
// what ran in each (timers, animation frames, event handlers and the functions they called):
// `npx tsx tests/bench/trace.probe.ts [--size M|L] [--action layout|open|select|panzoom]`.
import { arg, mainThread, traceAction, type Action } from './traceAction';

async function main() {
  const size = arg('--size', 'L') as 'M' | 'L';
  const action = arg('--action', 'layout');
  const events = await traceAction({ size, action: action as Action, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const { onMain } = mainThread(events);
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!).slice(0, 5);
  for (const t of tasks) {
    console.log(`\ntask of ${(t.dur! / 1000).toFixed(0)} ms`);
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 20_000 && !/GC|V8\./.test(e.name));
    for (const e of inside.sort((a, b) => a.ts - b.ts).slice(0, 25)) {
      const d = e.args?.data;
      const where = d?.functionName || d?.url ? ` ${d?.functionName ?? ''} ${(d?.url ?? '').split('/').pop()}:${d?.lineNumber ?? ''}` : d?.type ? ` ${d.type}` : '';
      console.log(`  +${((e.ts - t.ts) / 1000).toFixed(0).padStart(5)} ms ${(e.dur! / 1000).toFixed(0).padStart(6)} ms  ${e.name}${where}`);
    }
  }
}
void main();
