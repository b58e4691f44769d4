import { clauseStart } from './speaker';
import { type MentionAt, type Quote, skipSpace, trimSpan } from './text';
import type { Span } from './types';

/**
 * The quotation that ends right before the clause holding the verb: “...,” he said. It must close in this
 * sentence and end on a comma, question or exclamation mark: a quote closed by a full stop ended its own
 * sentence, and the next one ("He warned that ...") is not its attribution.
 */
export function quoteBefore(text: string, quotes: Quote[], sentenceStart: number, verb: number): Quote | undefined {
  const cs = clauseStart(text, sentenceStart, verb);
  return quotes.find(
    (q) => q.close >= sentenceStart && q.close < cs && /^[\s,]*$/.test(text.slice(q.close + 1, cs)) && /[,?!]/.test(text[q.close - 1]! + text.slice(q.close + 1, cs)),
  );
}

/** The quotation that starts right after `pos`: he said, “...” or he said: “...”. */
export function quoteAfter(text: string, quotes: Quote[], pos: number): Quote | undefined {
  const at = skipSpace(text, pos, 1, ',:');
  return quotes.find((q) => q.open === at);
}

const THAT = /^\s+that\s+(?=[\p{L}“"])/u;
// "told reporters that", "warned on Monday that", "said in a statement that": the words before "that" are
// the setting, not the content. Kept short so a "that" deep in the clause is not taken for this one.
const SETTING_THAT = /^\s+(?:(?:in|on|at|during|after|before|to|via|through|late|early|earlier|later)\b)?[^,;“”"]{0,40}?\s+that\s+/;

// "told reporters the review ...", "told Reuters the review ...": whom it was said to is not what was said.
const RECIPIENT =
  /^\s+(?:reporters|journalists|lawmakers|legislators|parliament|senators|supporters|the\s+(?:press|media|audience|crowd|assembly|council|committee|court)|(?:a|an)\s+(?:news|press)\s+(?:conference|briefing)|me|us|him|her|them)\s*(?:that\s+)?/u;

/** What was said, after the verb at [verbStart, verbEnd): a quote, or the reported clause to the sentence end. */
export function contentAfter(text: string, quotes: Quote[], ms: MentionAt[], verb: string, verbEnd: number, sentenceEnd: number): Span | undefined {
  const q = quoteAfter(text, quotes, verbEnd);
  if (q && q.close < sentenceEnd + 2) return trimSpan(text, { start: q.open + 1, end: q.close });
  let pos = verbEnd;
  const rest = text.slice(pos, sentenceEnd);
  if (/^\s*,/.test(rest)) pos = skipSpace(text, pos, 1, ','); // "However, he said, the Afghan side ..."
  else if (THAT.test(rest)) pos += THAT.exec(rest)![0].length;
  else if ((verb === 'told' || verb === 'tells' || /^\s+(?:in|on|at)\b/.test(rest)) && SETTING_THAT.test(rest)) pos += SETTING_THAT.exec(rest)![0].length;
  else if (verb === 'told' || verb === 'tells') {
    const named = ms.find((m) => m.start === skipSpace(text, pos, 1));
    if (named) pos = named.end + (/^\s+that\s/.exec(text.slice(named.end, sentenceEnd))?.[0].length ?? 0);
    else if (RECIPIENT.test(rest)) pos += RECIPIENT.exec(rest)![0].length;
  }
  return trimSpan(text, { start: pos, end: sentenceEnd });
}

/** Content spanning a quotation before the attribution and, if any, its continuation after it. */
export function quotedContent(text: string, before: Quote, after: Quote | undefined): Span | undefined {
  return trimSpan(text, { start: before.open + 1, end: (after ?? before).close });
}

/** Ends in a question mark (outside or just inside a closing quote): asked, not claimed. */
export function isQuestion(text: string, s: Span): boolean {
  return /\?["”’)\s]*$/.test(text.slice(s.start, s.end + 2).trimEnd().replace(/[.]$/, ''));
}
