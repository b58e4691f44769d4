/*
 * Trains the name tagger shipped in shared/extract/ner/weights.gen.ts from ../shared/train (never from
 * ../shared/eval). Reproducible: fixed corpus order, fixed shuffling seed, fixed epochs.
 *   npx tsx scripts/ner/train.ts [--corpora gum,wikigold,...] [--epochs 8] [--seeds 42,43,44] [--out FILE] [--dry]
 */
import fs from 'node:fs';
import path from 'node:path';
import { encodeBase64, encodeWeights } from '../../shared/extract/ner/codec';
import { transitionFeatures } from '../../shared/extract/ner/features';
import { hashStr } from '../../shared/extract/ner/hash';
import { N_LABELS } from '../../shared/extract/ner/labels';
import { Tagger } from '../../shared/extract/ner/tagger';
import { viterbi } from '../../shared/extract/ner/viterbi';
import { tokenize } from '../../shared/extract/text/tokenize';
import { infos, readCorpus, texts, sharedDir, type Example } from './data';
import { DEFAULT_CORPORA } from './corpora';
import { Perceptron } from './perceptron';
import { spanScore } from './score';


const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const corpora = opt('--corpora', DEFAULT_CORPORA.join(',')).split(',');
const epochs = Number(opt('--epochs', '8'));
const seeds = opt('--seeds', '42').split(',').map(Number);
const out = opt('--out', path.join(repoRoot, 'shared/extract/ner/weights.gen.ts'));
const trainDir = path.join(sharedDir(repoRoot), 'train');

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const train: Example[] = [];
const dev: Example[] = [];
const corpusOf = new Map<Example, string>();
for (const name of corpora) {
  const { examples, skipped } = readCorpus(path.join(trainDir, `${name}.jsonl`));
  // One document in twenty is held out (by a hash of its id) to watch for over-fitting.
  for (const ex of examples) corpusOf.set(ex, name);
  for (const ex of examples) (hashStr(7, ex.doc) % 20 === 0 ? dev : train).push(ex);
  console.log(`${name}: ${examples.length} sentences, ${skipped} skipped (names not on token boundaries, or not capitalised)`);
}

let model = new Perceptron();
const scores = new Float64Array(N_LABELS);

/** The label-pair feature slots of each token for each previous label, computed once per sentence. */
const transitionCache = new Map<Example, Int32Array>();
function transitions(ex: Example): Int32Array {
  let t = transitionCache.get(ex);
  if (t) return t;
  const info = infos.get(ex)!;
  t = new Int32Array(ex.gold.length * N_LABELS * 4);
  for (let i = 0; i < ex.gold.length; i++) for (let p = 0; p < N_LABELS; p++) t.set(transitionFeatures(info, i, p), (i * N_LABELS + p) * 4);
  transitionCache.set(ex, t);
  return t;
}

/*
 * Structured perceptron (Collins 2002): Viterbi-decode the whole sentence with the current weights, and
 * where the best sequence is not the gold one, move the weights of the gold path's features up and those
 * of the predicted path's down. Decoding in training is the decoding at run time.
 */
function decode(ex: Example, learn: boolean, first: boolean): number[] {
  const n = ex.gold.length;
  const emit = new Float64Array(n * N_LABELS);
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    model.score(ex.feats[i]!, scores);
    emit.set(scores, i * N_LABELS);
  }
  const trans = transitions(ex);
  const guess = viterbi(n, emit, (i, p, out) => model.score(trans.subarray((i * N_LABELS + p) * 4, (i * N_LABELS + p + 1) * 4), out), ex.slots);
  if (learn) {
    model.tick();
    const at = (i: number, p: number) => trans.subarray((i * N_LABELS + p) * 4, (i * N_LABELS + p + 1) * 4);
    for (let i = 0; i < n; i++) {
      const g = ex.gold[i]!;
      const y = guess[i]!;
      const gp = i ? ex.gold[i - 1]! : 0;
      const yp = i ? guess[i - 1]! : 0;
      if (first) model.count(ex.feats[i]!), model.count(at(i, gp)), yp !== gp && model.count(at(i, yp));
      if (g !== y) model.update(ex.feats[i]!, g, 1), model.update(ex.feats[i]!, y, -1);
      if (g !== y || gp !== yp) model.update(at(i, gp), g, 1), model.update(at(i, yp), y, -1);
    }
  }
  return guess;
}

function trainOnce(seed: number): { slots: Int32Array; values: Float32Array } {
  model = new Perceptron();
  const random = rng(seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = train.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const t0 = performance.now();
    for (const i of order) decode(train[i]!, true, epoch === 1);
    const devScore = spanScore(dev.map((ex) => ({ gold: [...ex.gold], guess: decode(ex, false, false) })));
    console.log(`seed ${seed} epoch ${epoch}: ${((performance.now() - t0) / 1000).toFixed(1)} s, dev (current weights) F1 ${devScore.toFixed(3)}`);
  }
  return model.averaged(2, 1e-3);
}

/*
 * Several runs that differ only in the order of the sentences, averaged into one weight vector: the
 * perceptron's result depends on that order, and the average is steadier than any single run.
 */
function averageRuns(runs: { slots: Int32Array; values: Float32Array }[]): { slots: Int32Array; values: Float32Array } {
  const sum = new Map<number, Float64Array>();
  for (const r of runs)
    r.slots.forEach((slot, i) => {
      const row = sum.get(slot) ?? new Float64Array(N_LABELS);
      for (let c = 0; c < N_LABELS; c++) row[c]! += r.values[i * N_LABELS + c]! / runs.length;
      sum.set(slot, row);
    });
  const slots = [...sum.keys()].sort((a, b) => a - b);
  const values = new Float32Array(slots.length * N_LABELS);
  slots.forEach((slot, i) => values.set(sum.get(slot)!, i * N_LABELS));
  return { slots: Int32Array.from(slots), values };
}

const weights = averageRuns(seeds.map(trainOnce));
const body = encodeBase64(encodeWeights(weights));
// Held-out check with the shipped (averaged, quantised) weights, through the run-time tagger.
const tagger = Tagger.fromBase64(body);
const byCorpus = new Map<string, { gold: number[]; guess: number[] }[]>();
for (const ex of dev) {
  const name = corpusOf.get(ex)!;
  if (!byCorpus.has(name)) byCorpus.set(name, []);
  byCorpus.get(name)!.push({ gold: [...ex.gold], guess: tagger.tag(tokenize(texts.get(ex)!)) });
}
console.log(`dev F1 (averaged weights): all ${spanScore([...byCorpus.values()].flat()).toFixed(3)}; ` +
  [...byCorpus].map(([k, v]) => `${k} ${spanScore(v).toFixed(3)}`).join(', '));

const header = `/*
 * Generated by scripts/ner/train.ts — do not edit. Averaged-perceptron weights of the name tagger.
 * Trained on ../shared/train corpora: ${corpora.join(', ')} (${train.length} sentences, ${epochs} epochs, ${seeds.length} run(s) averaged).
 * Licences and attributions of those corpora: resources/ner/ATTRIBUTION.md. Because some of them are
 * CC BY-SA, these weights are distributed under CC BY-SA 4.0.
 */
`;
if (!args.includes('--dry')) fs.writeFileSync(out, `${header}export const NER_WEIGHTS =\n  '${body}';\n`);
console.log(`${weights.slots.length} slots, ${(body.length / 1e6).toFixed(2)} MB base64 -> ${args.includes('--dry') ? '(dry run)' : out}`);
