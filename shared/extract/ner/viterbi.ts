import { Slot } from './constraints';
import { N_LABELS as N } from './labels';

const N_LABELS = N;

/** May label c follow label prev on a token of this capitalisation slot (BIO and constraints.ts)? */
export function allowed(c: number, prev: number, slot: Slot): boolean {
  if (c === 0) return true;
  if (slot === Slot.OutsideOnly) return false;
  const isInside = c % 2 === 0;
  if (isInside) return prev === c || prev === c - 1;
  return slot !== Slot.InsideOnly;
}

/**
 * First-order Viterbi over BIO labels: the best-scoring label sequence that the constraints allow.
 * `emit` holds each token's label scores (n × N_LABELS, from features that ignore earlier labels);
 * `transition(i, prev, out)` adds to `out` the label scores of token i given the previous label.
 * The label before the first token is O.
 */
export function viterbi(n: number, emit: Float64Array, transition: (i: number, prev: number, out: Float64Array) => void, slots: ArrayLike<Slot>): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * N_LABELS).fill(-Infinity);
  const back = new Int8Array(n * N_LABELS);
  const t = new Float64Array(N_LABELS);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    for (let p = 0; p < N_LABELS; p++) {
      const base = i === 0 ? (p === 0 ? 0 : -Infinity) : score[(i - 1) * N_LABELS + p]!;
      if (base === -Infinity) continue;
      t.fill(0);
      transition(i, p, t);
      for (let c = 0; c < N_LABELS; c++) {
        if (!allowed(c, p, slot)) continue;
        const s = base + emit[i * N_LABELS + c]! + t[c]!;
        if (s > score[i * N_LABELS + c]!) {
          score[i * N_LABELS + c] = s;
          back[i * N_LABELS + c] = p;
        }
      }
    }
  }
  const out = new Array<number>(n);
  let best = 0;
  for (let c = 1; c < N_LABELS; c++) if (score[(n - 1) * N_LABELS + c]! > score[(n - 1) * N_LABELS + best]!) best = c;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * N_LABELS + best]!;
  }
  return out;
}
