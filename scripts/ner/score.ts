import { spansOf } from '../../shared/extract/ner/tagger';

/** Exact typed span F1 of label sequences (the tagger's own check on held-out training documents). */
export function spanScore(items: { gold: number[]; guess: number[] }[]): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const { gold: g, guess } of items) {
    const key = (s: { first: number; last: number; kind: string }) => `${s.first}:${s.last}:${s.kind}`;
    const gs = new Set(spansOf(g).map(key));
    const ps = spansOf(guess).map(key);
    gold += gs.size;
    pred += ps.length;
    tp += ps.filter((k) => gs.has(k)).length;
  }
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
