// The automatic pass over the synthetic L corpus against compromise alone on the same text, in words per second.
// Both see exactly the same source texts; compromise does what a bare NER pass would (people, places,
// organisations), the pass does everything it does in the app (NER, rules, resolution, links).
import nlp from 'compromise';
import { runPass } from '../../shared/extract';
import { applyOp, createCase, type Case } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import type { Row } from './util';

const countWords = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** `sources` limits the corpus to its first n sources (for a quick look); the bench uses all of them. */
export function measurePass(sources = Infinity): { rows: Row[]; words: number; sources: number } {
  const L = generateCase(SIZES.L);
  const picked = L.sources.slice(0, sources);
  const words = picked.reduce((n, s) => n + countWords(s.text), 0);
  const caseOf = (list: typeof picked): Case => {
    let c = createCase('bench');
    for (const s of list) c = applyOp(c, { op: 'addSource', source: { ...s } }).state;
    return c;
  };
  // Warm both up (lexicon decoding, JIT) on a few sources before timing.
  runPass(caseOf(picked.slice(0, 3)));
  for (const s of picked.slice(0, 3)) nlp(s.text).people();

  const c = caseOf(picked);
  let t = performance.now();
  runPass(c);
  const passMs = performance.now() - t;
  t = performance.now();
  for (const s of picked) {
    const doc = nlp(s.text);
    doc.people();
    doc.places();
    doc.organizations();
  }
  const bareMs = performance.now() - t;
  const wps = (ms: number) => words / (ms / 1000);
  // Words per second is "more is better": the ratio printed is floor/value so ≤ 1 means at least as fast.
  return {
    words,
    sources: picked.length,
    rows: [
      { figure: `L pass, ${(words / 1e6).toFixed(2)}M words (s)`, value: passMs / 1000, floor: bareMs / 1000, unit: 's' },
      { figure: 'L pass throughput (words/s)', value: wps(passMs), unit: 'w/s' },
      { figure: 'compromise alone (words/s)', value: wps(bareMs), unit: 'w/s' },
    ],
  };
}

if (process.argv[1]?.endsWith('pass.bench.ts')) {
  const n = Number(process.env.BENCH_SOURCES ?? Infinity);
  const r = measurePass(n);
  console.log(r.sources, r.words, r.rows);
}
