import { lexicon } from '../lexicon/lexicon';
import type { Token } from '../text/tokenize';
import { feat, featSeed, featWith } from './hash';
import { LABELS } from './labels';

/** A word's shape with runs collapsed: "Pakistan" → "Xx", "U.S." → "X.X.", "1979" → "d". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by code (fast); other scripts by Unicode property.
    const c =
      code >= 65 && code <= 90 ? 'X'
      : code >= 97 && code <= 122 ? 'x'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? 'X'
      : /\p{L}/u.test(ch) ? 'x'
      : /\p{N}/u.test(ch) ? 'd'
      : ch;
    if (c !== last || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

type TokInfo = { low: string; shape: string; ne: string; pos: string; gaz: string };

/** Per-token facts computed once per sentence; the features below combine them. */
export function describe(tokens: Token[]): TokInfo[] {
  const lex = lexicon();
  const info: TokInfo[] = tokens.map((t) => {
    const low = t.text.toLowerCase();
    // An initial ("M.") is not the unit "m"; "Calif." is "calif" (abbreviations keep their period).
    if (/^\p{Lu}\.$/u.test(t.text)) return { low, shape: 'X.', ne: 'Initial', pos: '', gaz: '' };
    const w = lex.words.get(low) ?? (low.length > 3 && low.endsWith('.') ? lex.words.get(low.slice(0, -1)) : undefined);
    return { low, shape: shape(t.text), ne: w?.ne ?? '', pos: w?.pos ?? '', gaz: '' };
  });
  // Longest multi-word gazetteer match ("new york", "al jazeera", "saudi arabia") marks B-/I- on its tokens.
  for (let i = 0; i < tokens.length; i++) {
    if (!/^[\p{Lu}\p{N}]/u.test(tokens[i]!.text)) continue;
    for (let n = Math.min(lex.longest, tokens.length - i); n >= 2; n--) {
      const kind = lex.phrases.get(info.slice(i, i + n).map((x) => x.low).join(' '));
      if (!kind) continue;
      for (let k = 0; k < n; k++) info[i + k]!.gaz = (k ? 'I-' : 'B-') + kind;
      i += n - 1;
      break;
    }
  }
  return info;
}

const PAD: TokInfo = { low: '<s>', shape: '<s>', ne: '', pos: '', gaz: '' };

/** The features of token i that do not depend on earlier decisions. */
export function staticFeatures(info: TokInfo[], i: number, headline: boolean): number[] {
  const w = info[i]!;
  const p = info[i - 1] ?? PAD;
  const p2 = info[i - 2] ?? PAD;
  const n = info[i + 1] ?? PAD;
  const n2 = info[i + 2] ?? PAD;
  const f = [
    feat(0, ''),
    feat(1, w.low),
    feat(2, w.shape),
    feat(3, w.low.slice(0, 3)),
    feat(4, w.low.slice(-3)),
    feat(5, w.low.slice(-2)),
    feat(6, p.low),
    feat(7, n.low),
    feat(8, p2.low),
    feat(9, n2.low),
    feat(10, p.shape, w.shape),
    feat(11, w.shape, n.shape),
    feat(12, w.ne, w.pos),
    feat(13, p.ne, p.pos),
    feat(14, n.ne, n.pos),
    feat(15, w.gaz),
    feat(16, p.low, w.low),
    feat(17, w.low, n.low),
    feat(18, i === 0 ? 'first' : 'not', w.shape),
    feat(19, p.gaz, n.gaz),
    feat(20, w.ne, n.shape),
    feat(21, p.shape, n.shape),
  ];
  if (headline) f.push(feat(22, w.low), feat(23, w.ne));
  // Capitalised where the lexicon knows only a common word ("Rather", "Bush") or at the sentence start.
  if (w.shape.startsWith('X')) f.push(feat(24, w.pos, i === 0 ? 'first' : 'mid'), feat(25, w.low.slice(-4)), feat(26, p.low, n.shape));
  f.push(feat(27, w.low.slice(0, 4)), feat(28, p.ne, w.ne), feat(29, w.ne, n.ne));
  return f;
}

/** Per previous label, the seeds of its label-pair features (hashing the label once, not once per token). */
const SEEDS = LABELS.map((l) => ({ bias: feat(30, l), shape: featSeed(32, l), low: featSeed(33, l), ne: featSeed(34, l) }));

/** Features of token i that depend on the previous token's label (index into LABELS): the transition part. */
export function transitionFeatures(info: TokInfo[], i: number, prev: number): [number, number, number, number] {
  const w = info[i]!;
  const s = SEEDS[prev]!;
  return [s.bias, featWith(s.shape, w.shape), featWith(s.low, w.low), featWith(s.ne, w.ne)];
}

/** True when most words are capitalised (a headline or all-caps heading), where capitals say little. */
export function isHeadline(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  }
  return words >= 4 && caps / words > 0.8;
}
