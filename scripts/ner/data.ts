import fs from 'node:fs';
import path from 'node:path';
import { describe, isHeadline, staticFeatures } from '../../shared/extract/ner/features';
import { Slot, slotOf } from '../../shared/extract/ner/constraints';
import { LABEL_INDEX } from '../../shared/extract/ner/labels';
import { tokenize } from '../../shared/extract/text/tokenize';

/** One training sentence: gold label per token and its precomputed static feature slots. */
export type Example = { doc: string; gold: Int8Array; feats: Int32Array[]; infoKey: number; slots: Slot[] };

const TAG: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC', other: 'MISC' };
/** "other" spans that are not names (times, numbers, and multiNER's MISC of figures and job titles). */
const NOT_MISC = /^(other:(time|TIME|NUM)|multiner)/;

type Line = { id: string; source?: string; doc?: string; text: string; entities: { start: number; end: number; type: string; origType?: string }[] };

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
      if (t === 'MISC' && (NOT_MISC.test(`${e.type}:${e.origType}`) || line.source === 'multiner_en' || !/^\p{Lu}/u.test(line.text.slice(e.start, e.end)))) continue;
      const inside = tokens.map((tok, i) => [tok, i] as const).filter(([tok]) => tok.start < e.end && tok.end > e.start);
      // Corpora differ on "the United States" vs "United States": names here start and end capitalised.
      while (inside.length && slotOf(inside[0]![0]) !== Slot.Any) inside.shift();
      while (inside.length && slotOf(inside[inside.length - 1]![0]) !== Slot.Any) inside.pop();
      if (!inside.length) continue;
      const [e0, e1] = [inside[0]![0].start, inside[inside.length - 1]![0].end];
      if (text(line, e0, e1) !== text(line, e.start, e.end).trim().replace(/^(the|a|an)\s+/i, '').replace(/\s+(the|of|and)$/i, '') && !isTrimOf(line.text, e, e0, e1)) aligned = false;
      inside.forEach(([, i], k) => (gold[i] = LABEL_INDEX[(k ? 'I-' : 'B-') + t]!));
    }
    // Names the capitalisation rule cannot produce (lower-case tweets) would only teach the impossible.
    const slots = tokens.map(slotOf);
    const possible = slots.every((s, i) => s === Slot.Any || gold[i] === 0 || (s === Slot.InsideOnly && gold[i]! % 2 === 0));
    if (!aligned || !possible) {
      skipped++;
      continue;
    }
    const info = describe(tokens);
    const headline = isHeadline(tokens);
    const feats = tokens.map((_, i) => Int32Array.from(staticFeatures(info, i, headline)));
    examples.push({ doc: line.doc ?? line.id, gold, feats, infoKey: examples.length, slots });
    infos.set(examples[examples.length - 1]!, info);
    texts.set(examples[examples.length - 1]!, line.text);
  }
  return { examples, skipped };
}

const text = (line: Line, s: number, e: number) => line.text.slice(s, e);
/** True when [e0,e1) is the entity with only connector words or punctuation cut from its edges. */
function isTrimOf(t: string, e: { start: number; end: number }, e0: number, e1: number): boolean {
  if (e0 < e.start || e1 > e.end) return false;
  return !/[\p{Lu}\p{N}]/u.test(t.slice(e.start, e0) + t.slice(e1, e.end));
}

/** The per-token facts of each example, kept for the dynamic (previous-label) features. */
export const infos = new Map<Example, ReturnType<typeof describe>>();

export const texts = new Map<Example, string>();

export function sharedDir(repoRoot: string): string {
  return process.env.CASEBOARD_SHARED ?? path.resolve(repoRoot, '..', 'shared');
}
