import type { Token } from '../text/tokenize';
import { decodeBase64, decodeWeights, type Weights } from './codec';
import { describe, isHeadline, staticFeatures, transitionFeatures } from './features';
import { slotOf } from './constraints';
import { viterbi } from './viterbi';
import { KIND_OF_LABEL as KINDS, N_LABELS as N } from './labels';

// Module-level copies: in hot loops a re-exported binding can cost a getter call per use (tsx, vitest).
const N_LABELS = N;
const KIND_OF_LABEL: readonly string[] = KINDS;

/** Weights looked up by feature slot through an open-addressing table (slots are sparse in 2^22). */
export class Tagger {
  private readonly keys: Int32Array;
  private readonly index: Int32Array;
  private readonly mask: number;

  constructor(private readonly w: Weights) {
    let size = 1;
    while (size < w.slots.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.index = new Int32Array(size);
    w.slots.forEach((slot, i) => {
      let h = (Math.imul(slot, 0x9e3779b1) >>> 0) & this.mask;
      while (this.keys[h] !== -1) h = (h + 1) & this.mask;
      this.keys[h] = slot;
      this.index[h] = i * N_LABELS;
    });
  }

  static fromBase64(text: string): Tagger {
    return new Tagger(decodeWeights(decodeBase64(text)));
  }

  private add(scores: Float64Array, slot: number) {
    let h = (Math.imul(slot, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[h]!;
      if (k === -1) return;
      if (k === slot) break;
      h = (h + 1) & this.mask;
    }
    const at = this.index[h]!;
    for (let c = 0; c < N_LABELS; c++) scores[c]! += this.w.values[at + c]!;
  }

  /*
   * BIO tagging by first-order Viterbi, as in training (a structured perceptron): each token's scores from
   * features that ignore labels, plus for each previous label the scores of the label-pair features. An I-
   * label may only continue a name of its own type; capitalisation limits which labels a token may take
   * (constraints.ts).
   */
  tag(tokens: Token[]): number[] {
    return this.tagWithTypes(tokens).labels;
  }

  /** The labels, and for each token the name type the model would pick if it had to start a name there. */
  tagWithTypes(tokens: Token[]): { labels: number[]; typeIfName: number[] } {
    const info = describe(tokens);
    const headline = isHeadline(tokens);
    const n = tokens.length;
    const emit = new Float64Array(n * N_LABELS);
    const scores = new Float64Array(N_LABELS);
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      for (const f of staticFeatures(info, i, headline)) this.add(scores, f);
      emit.set(scores, i * N_LABELS);
    }
    const transition = (i: number, prev: number, out: Float64Array) => {
      for (const f of transitionFeatures(info, i, prev)) this.add(out, f);
    };
    const labels = viterbi(n, emit, transition, tokens.map(slotOf));
    const typeIfName: number[] = [];
    for (let i = 0; i < n; i++) {
      scores.set(emit.subarray(i * N_LABELS, (i + 1) * N_LABELS));
      transition(i, labels[i - 1] ?? 0, scores);
      let b = 1;
      for (let c = 3; c < N_LABELS; c += 2) if (scores[c]! > scores[b]!) b = c;
      typeIfName.push(b);
    }
    return { labels, typeIfName };
  }
}

export type NameSpan = { first: number; last: number; kind: 'person' | 'organization' | 'location' | 'other' };

/** Token index ranges of the names a label sequence marks. */
export function spansOf(labels: number[]): NameSpan[] {
  const out: NameSpan[] = [];
  labels.forEach((l, i) => {
    if (l === 0) return;
    const kind = KIND_OF_LABEL[l] as NameSpan['kind'];
    const open = out[out.length - 1];
    if (l % 2 === 0 && open && open.last === i - 1 && open.kind === kind) open.last = i;
    else out.push({ first: i, last: i, kind });
  });
  return out;
}
