import { describe, expect, it } from 'vitest';
import { marksByParagraph, segment, splitParagraphs, trimSpan, type Mark } from '../../../renderer/src/features/source/highlight';

describe('source highlighting', () => {
  it('splits paragraphs with offsets into the original text', () => {
    const text = 'One two.\n\nThree\nفارسی متن';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['One two.', 'Three', 'فارسی متن']);
  });

  it('cuts segments at mark edges and prefers the innermost mention', () => {
    const marks: Mark[] = [
      { kind: 'mention', id: 'a', start: 0, end: 10 },
      { kind: 'mention', id: 'b', start: 4, end: 7 },
      { kind: 'evidence', id: 'e', start: 2, end: 12 },
    ];
    const segs = segment(0, 15, marks);
    expect(segs.map((s) => [s.start, s.end, s.mention?.id, s.evidence])).toEqual([
      [0, 2, 'a', false],
      [2, 4, 'a', true],
      [4, 7, 'b', true],
      [7, 10, 'a', true],
      [10, 12, undefined, true],
      [12, 15, undefined, false],
    ]);
  });

  it('assigns marks to every paragraph they touch', () => {
    const text = 'aaaa\nbbbb\ncccc';
    const ps = splitParagraphs(text);
    const m: Mark = { kind: 'evidence', id: 'x', start: 2, end: 7 };
    const by = marksByParagraph(ps, [m, { kind: 'mention', id: 'y', start: 11, end: 13 }]);
    expect([...by.keys()]).toEqual([0, 1, 2]);
    expect(by.get(2)!.map((x) => x.id)).toEqual(['y']);
  });

  it('trims white space from a selection', () => {
    expect(trimSpan('  Qatar  ', 0, 9)).toEqual({ start: 2, end: 7 });
    expect(trimSpan('   ', 0, 3)).toBeNull();
  });
});

describe('splitParagraphs on very long lines', () => {
  it('cuts a long line into blocks after sentence ends, covering every character once', () => {
    const text = 'Pakistan and Qatar met in Doha. '.repeat(5000);
    const parts = splitParagraphs(text);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.every((p) => p.end - p.start <= 8000)).toBe(true);
    expect(parts.every((p, i) => i === 0 || p.start === parts[i - 1]!.end)).toBe(true);
    expect(parts.every((p) => text.slice(p.start - 2, p.start) === '. ' || p.start === 0)).toBe(true);
    expect(parts.at(-1)!.end).toBe(text.length);
  });
});
