import { ROLE_HEADS } from './lexicon';
import type { Span } from './types';

const OPENERS = new Set('a an the one two three four five several some many most other another both'.split(' '));
const TAIL = new Set('involved familiar close with in at of from for on who based speaking working representing briefed quoted'.split(' '));
const STOP = new Set('on in at to of for by with who that which and or but is was are were has had have said not no'.split(' '));

type Word = { w: string; start: number; end: number };

function wordsOf(text: string, s: Span): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
  const part = text.slice(s.start, s.end);
  for (const m of part.matchAll(re)) out.push({ w: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}

/**
 * Whether the words from `from` on form a description of a speaker: an optional determiner or possessive,
 * up to four modifiers, a role head ("official", "spokesman", "sources"), and an optional tail that starts
 * like "involved in the process" or "familiar with the matter".
 */
function describes(ws: Word[], from: number): boolean {
  let i = from;
  const first = ws[i]?.w.toLowerCase() ?? '';
  if (OPENERS.has(first) || /['’]s$/.test(first)) i++;
  for (let mods = 0; i < ws.length && mods <= 4; i++, mods++) {
    const w = ws[i]!.w.toLowerCase();
    if (ROLE_HEADS.has(w) && (i === ws.length - 1 || TAIL.has(ws[i + 1]!.w.toLowerCase()))) return ws.length - from <= 12;
    if (STOP.has(w)) return false;
  }
  return false;
}

/**
 * A description of a speaker that makes up all of `s`, or its end after a leading time or place phrase
 * ("On Monday the ministry"). A description inside a longer clause ("the man who met officials") is not one.
 */
export function roleSpan(text: string, s: Span): Span | undefined {
  const ws = wordsOf(text, s);
  if (!ws.length) return undefined;
  if (describes(ws, 0)) return { start: ws[0]!.start, end: ws[ws.length - 1]!.end };
  if (!/^(on|in|at|late|early|earlier|later|meanwhile|separately|elsewhere)$/i.test(ws[0]!.w)) return undefined;
  for (let i = 1; i < ws.length; i++)
    if (OPENERS.has(ws[i]!.w.toLowerCase()) && describes(ws, i)) return { start: ws[i]!.start, end: ws[ws.length - 1]!.end };
  return undefined;
}

/** "the minister", "the spokesman": a definite role that names someone the text introduced earlier. */
export function definiteRole(label: string): string | undefined {
  const m = /^the\s+(\p{L}+)$/iu.exec(label.trim());
  return m && ROLE_HEADS.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : undefined;
}
