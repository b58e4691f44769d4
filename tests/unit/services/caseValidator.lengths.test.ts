import { describe, expect, it } from 'vitest';
import { caseSchema, createCaseSerializer } from '../../../shared/model';
import { codePointLength, fastCaseCheck } from '../../../electron/services/caseValidator';
import { sampleCase } from '../helpers/caseFixture';

// The fast check's own minLength / maxLength count code points only when the UTF-16 length leaves it in
// doubt. Here the compiled check alone (no zod fallback behind it) must say what zod says, at the edges.
const good = createCaseSerializer()(sampleCase());
const smile = '😀'; // one code point, two UTF-16 units
const strings: [string, string][] = [
  ['1000 letters', 'a'.repeat(1000)],
  ['1001 letters', 'a'.repeat(1001)],
  ['600 emoji (1200 units)', smile.repeat(600)],
  ['1000 emoji (2000 units)', smile.repeat(1000)],
  ['1001 emoji (2002 units)', smile.repeat(1001)],
  ['a letter and 999 emoji (1999 units)', 'a' + smile.repeat(999)],
  ['two letters and 999 emoji (2000 units, 1001 code points)', 'ab' + smile.repeat(999)],
  ['1000 lone high surrogates', '\ud800'.repeat(1000)],
  ['1001 lone high surrogates', '\ud800'.repeat(1001)],
  ['1001 lone low surrogates', '\udc00'.repeat(1001)],
  ['low-high halves 600 times (they pair across: 601 code points)', '\ude00\ud83d'.repeat(600)],
  ['empty', ''],
  ['one emoji', smile],
];
// Fields with a maximum of 1000 (title, name) or 200 (id) and a minimum of 1 (name, id).
const fields: [string, (r: Record<string, any>, s: string) => void][] = [
  ['case title (max 1000)', (r, s) => { r.title = s; }],
  ['entity name (min 1, max 1000)', (r, s) => { r.entities[0].name = s; }],
  ['case id (min 1, max 200)', (r, s) => { r.id = s.slice(0, s.length > 400 ? 400 : s.length); }],
];

describe('the fast check counts string lengths as the schema does', () => {
  for (const [field, set] of fields)
    it.each(strings)(`${field}: %s`, (_name, s) => {
      const a = JSON.parse(good);
      const b = JSON.parse(good);
      set(a, s);
      set(b, s);
      expect(fastCaseCheck()(a)).toBe(caseSchema.safeParse(b).success);
    });

  it('counts a surrogate pair once and a lone or reversed surrogate once each', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('\ud800')).toBe(1);
    expect(codePointLength('\ude00\ud83d')).toBe(2);
    expect(codePointLength('')).toBe(0);
  });
});
