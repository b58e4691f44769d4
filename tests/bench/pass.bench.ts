// The automatic pass over the whole synthetic L corpus against compromise alone on the same text, in words per
// second. Both see exactly the same source texts; compromise does what a bare NER pass would (people, places,
// organisations), the pass does everything it does in the app (NER, rules, resolution, links, one batch op).
// The two run at the same time in two child processes, one per core, so the whole corpus fits in the bench's
// 10 minutes; each is timed on its own clock, and neither shares a thread with the other.
import { execFile } from 'node:child_process';
import nlp from 'compromise';
import { runPass } from '../../shared/extract';
import { applyOp, createCase, type Case } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import type { Row } from './util';

type Part = 'pass' | 'compromise';
type Timing = { part: Part; ms: number; words: number; sources: number };

const countWords = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Time one side over the first `sources` sources of L (all of them by default), after a warm-up on three. */
function timePart(part: Part, sources: number): Timing {
  const picked = generateCase(SIZES.L).sources.slice(0, sources);
  const words = picked.reduce((n, s) => n + countWords(s.text), 0);
  const caseOf = (list: typeof picked): Case => {
    let c = createCase('bench');
    for (const s of list) c = applyOp(c, { op: 'addSource', source: { ...s } }).state;
    return c;
  };
  const bare = (list: typeof picked) => {
    for (const s of list) {
      const doc = nlp(s.text);
      doc.people();
      doc.places();
      doc.organizations();
    }
  };
  if (part === 'pass') {
    runPass(caseOf(picked.slice(0, 3)));
    const c = caseOf(picked);
    const t = performance.now();
    runPass(c);
    return { part, ms: performance.now() - t, words, sources: picked.length };
  }
  bare(picked.slice(0, 3));
  const t = performance.now();
  bare(picked);
  return { part, ms: performance.now() - t, words, sources: picked.length };
}

function runChild(part: Part, sources: number): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', __filename, '--part', part, '--sources', String(sources)];
    execFile(process.execPath, args, { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${part} bench failed: ${stderr || err.message}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as Timing);
    });
  });
}

/** `sources` limits the corpus to its first n sources (for a quick look); the bench uses all of them. */
export async function measurePass(sources = Infinity): Promise<{ rows: Row[]; words: number; sources: number }> {
  const n = Number.isFinite(sources) ? sources : SIZES.L.sources;
  const [pass, bare] = await Promise.all([runChild('pass', n), runChild('compromise', n)]);
  const wps = (t: Timing) => t.words / (t.ms / 1000);
  // Words per second is "more is better": the ratio printed is floor/value so ≤ 1 means at least as fast.
  return {
    words: pass.words,
    sources: pass.sources,
    rows: [
      { figure: `L pass, ${(pass.words / 1e6).toFixed(2)}M words (s)`, value: pass.ms / 1000, floor: bare.ms / 1000, unit: 's' },
      { figure: 'L pass throughput (words/s)', value: wps(pass), unit: 'w/s' },
      { figure: 'compromise alone (words/s)', value: wps(bare), unit: 'w/s' },
    ],
  };
}

const argv = process.argv.slice(2);
if (argv[0] === '--part') {
  console.log(JSON.stringify(timePart(argv[1] as Part, Number(argv[3] ?? Infinity))));
} else if (process.argv[1]?.endsWith('pass.bench.ts')) {
  void measurePass(Number(process.env.BENCH_SOURCES ?? Infinity)).then((r) => console.log(r.sources, r.words, r.rows));
}
