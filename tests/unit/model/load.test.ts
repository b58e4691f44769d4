import { describe, expect, it } from 'vitest';
import { createCaseSerializer, parseCaseText } from '../../../shared/model';
import { sampleCase } from '../helpers/caseFixture';

const text = () => createCaseSerializer()(sampleCase());

describe('loading a case file', () => {
  it('accepts what the serializer writes, unchanged', () => {
    const r = parseCaseText(text());
    expect(r.ok && r.case).toEqual(sampleCase());
  });

  it.each<[string, (t: string) => string, RegExp]>([
    ['truncated', (t) => t.slice(0, Math.floor(t.length / 2)), /not valid JSON.*line \d+/],
    ['not JSON', () => 'hello, I am not a case', /not valid JSON at line 1/],
    ['empty', () => '', /empty/],
    ['future version', (t) => t.replace(/"version": \d+/, '"version": 99'), /version 99 is newer than this app understands/],
    ['another format', () => '{"nodes": []}', /not a Caseboard case/],
    ['wrong field type', (t) => t.replace('"title": "Test case"', '"title": 42'), /^title: /],
    ['duplicate ids', (t) => t.replace('"id":"men_1"', '"id":"men_0"'), /duplicate id "men_0"/],
    ['dangling reference', (t) => t.replace('"entityId":"ent_2"', '"entityId":"ent_zzz"'), /mentions\[2\]\.entityId: no entity "ent_zzz"/],
    ['offsets beyond the text', (t) => t.replace(/"start":(\d+),"end":(\d+),"status":"accepted"\}/, '"start":$1,"end":99999,"status":"accepted"}'), /beyond the end/],
  ])('rejects a %s file, naming the problem', (_name, mutate, reason) => {
    const r = parseCaseText(mutate(text()));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('migrates a version 1 file (before claims) and refuses nothing in it', () => {
    const v1 = JSON.parse(text());
    v1.version = 1;
    delete v1.claims;
    const r = parseCaseText(JSON.stringify(v1));
    expect(r.ok && r.case.version).toBe(2);
    expect(r.ok && r.case.claims).toEqual([]);
  });

  it('serialises one record per line so files diff well', () => {
    const lines = text().split('\n');
    expect(lines.filter((l) => l.includes('"id":"men_')).length).toBe(6);
  });
});
