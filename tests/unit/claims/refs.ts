import type { ClaimDraft, EntityRef } from '../../../shared/claims';

/** Entities for a test sentence: each name (and alias) found wherever it occurs as whole words, longest first. */
export function refs(text: string, names: Record<string, { type: string; aliases?: string[] }>): EntityRef[] {
  const taken: { start: number; end: number }[] = [];
  const out = Object.entries(names).map(([name, v]) => ({ id: name, name, aliases: v.aliases ?? [], type: v.type, spans: [] as { start: number; end: number }[] }));
  const forms = out.flatMap((e) => [e.name, ...e.aliases].map((f) => ({ f, e }))).sort((a, b) => b.f.length - a.f.length);
  for (const { f, e } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const s = { start: at, end: at + f.length };
      if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[s.end] ?? '') || taken.some((t) => t.start < s.end && s.start < t.end)) continue;
      taken.push(s);
      e.spans.push(s);
    }
  }
  return out;
}

/** A draft as a reader would check it: who, the verb, the content's words, and what it is about. */
export function show(text: string, d: ClaimDraft) {
  return { speaker: d.speakerEntityId ?? `"${d.speakerLabel}"`, verb: d.verb, content: d.content && text.slice(d.content.start, d.content.end), about: d.about };
}
