import { SLOT_BITS } from '../../shared/extract/ner/hash';
import { N_LABELS } from '../../shared/extract/ner/labels';

/** Averaged perceptron over hashed slots, with lazy averaging (Collins 2002; Daumé's trick). */
export class Perceptron {
  readonly w = new Float32Array((1 << SLOT_BITS) * N_LABELS);
  private readonly total = new Float64Array((1 << SLOT_BITS) * N_LABELS);
  private readonly stamp = new Int32Array((1 << SLOT_BITS) * N_LABELS);
  readonly seen = new Uint32Array(1 << SLOT_BITS);
  private t = 0;

  tick() {
    this.t++;
  }

  score(feats: ArrayLike<number>, out: Float64Array) {
    for (let i = 0; i < feats.length; i++) {
      const base = feats[i]! * N_LABELS;
      for (let c = 0; c < N_LABELS; c++) out[c]! += this.w[base + c]!;
    }
  }

  update(feats: ArrayLike<number>, label: number, delta: number) {
    for (let i = 0; i < feats.length; i++) {
      const k = feats[i]! * N_LABELS + label;
      this.total[k]! += (this.t - this.stamp[k]!) * this.w[k]!;
      this.stamp[k] = this.t;
      this.w[k]! += delta;
    }
  }

  count(feats: ArrayLike<number>) {
    for (let i = 0; i < feats.length; i++) this.seen[feats[i]!]!++;
  }

  /** Averaged weights of slots seen at least `minCount` times; tiny weights are dropped. */
  averaged(minCount: number, epsilon: number): { slots: Int32Array; values: Float32Array } {
    const slots: number[] = [];
    const values: number[] = [];
    for (let s = 0; s < 1 << SLOT_BITS; s++) {
      if (this.seen[s]! < minCount) continue;
      const row: number[] = [];
      for (let c = 0; c < N_LABELS; c++) {
        const k = s * N_LABELS + c;
        const avg = (this.total[k]! + (this.t - this.stamp[k]!) * this.w[k]!) / Math.max(1, this.t);
        row.push(Math.abs(avg) < epsilon ? 0 : avg);
      }
      if (row.every((v) => v === 0)) continue;
      slots.push(s);
      values.push(...row);
    }
    return { slots: Int32Array.from(slots), values: Float32Array.from(values) };
  }
}
