import fs from 'node:fs';
import path from 'node:path';
import { describe, isHeadline, staticFeatures } from '../../shared/extract/ner/features';
import { LABEL_INDEX } from '../../shared/extract/ner/labels';
import { tokenize } from '../../shared/extract/text/tokenize';

/** One training sentence: gold label per token and its precomputed static feature slots. */
export type Example = { doc: string; gold: Int8Array; feats: Int32Array[]; infoKey: number };

const TAG: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC' };

type Line = { id: string; doc?: string; text: string; entities: { start: number; end: number; type: string }[] };

/** Reads one corpus file; sentences whose names do not align with our tokens are skipped and counted. */
export function readCorpus(file: string): { examples: Example[]; skipped: number } {
  const examples: Example[] = [];
  let skipped = 0;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as Line;
    const tokens = tokenize(line.text);
    if (!tokens.length) continue;
    const gold = new Int8Array(tokens.length);
    let aligned = true;
    for (const e of line.entities) {
      const t = TAG[e.type];
      if (!t) continue;
      const inside = tokens.map((tok, i) => [tok, i] as const).filter(([tok]) => tok.start < e.end && tok.end > e.start);
      if (!inside.length || inside[0]![0].start !== e.start || inside[inside.length - 1]![0].end !== e.end) aligned = false;
      inside.forEach(([, i], k) => (gold[i] = LABEL_INDEX[(k ? 'I-' : 'B-') + t]!));
    }
    if (!aligned) {
      skipped++;
      continue;
    }
    const info = describe(tokens);
    const headline = isHeadline(tokens);
    const feats = tokens.map((_, i) => Int32Array.from(staticFeatures(info, i, headline)));
    examples.push({ doc: line.doc ?? line.id, gold, feats, infoKey: examples.length });
    infos.set(examples[examples.length - 1]!, info);
    texts.set(examples[examples.length - 1]!, line.text);
  }
  return { examples, skipped };
}

/** The per-token facts of each example, kept for the dynamic (previous-label) features. */
export const infos = new Map<Example, ReturnType<typeof describe>>();

export const texts = new Map<Example, string>();

export function sharedDir(repoRoot: string): string {
  return process.env.CASEBOARD_SHARED ?? path.resolve(repoRoot, '..', 'shared');
}
