import { describe, expect, it } from 'vitest';
import { createCaseSerializer, parseCaseText } from '../../../shared/model';
import { parseCaseFile } from '../../../electron/services/caseValidator';
import { sampleCase } from '../helpers/caseFixture';

const good = createCaseSerializer()(sampleCase());
const edits: [string, (raw: Record<string, any>) => void][] = [
  ['valid as written', () => undefined],
  ['defaults left out', (r) => { delete r.entities[0].aliases; delete r.relations[0].evidence; delete r.relations[0].directed; delete r.sources[0].origin; delete r.layout; }],
  ['title not a string', (r) => { r.title = 42; }],
  ['unknown status', (r) => { r.entities[1].status = 'maybe'; }],
  ['credibility 7', (r) => { r.relations[0].credibility = 7; }],
  ['credibility 2.5', (r) => { r.relations[0].credibility = 2.5; }],
  ['reliability G', (r) => { r.sources[0].reliability = 'G'; }],
  ['negative offset', (r) => { r.mentions[0].start = -1; }],
  ['empty id', (r) => { r.entities[0].id = ''; }],
  ['position not a number', (r) => { r.layout.positions.ent_0.x = 'left'; }],
  ['bad type colour', (r) => { r.entityTypes = [{ id: 'vehicle', label: 'Vehicle', color: 'red', shape: 'rectangle' }]; }],
  ['mentions not a list', (r) => { r.mentions = {}; }],
  ['dangling link', (r) => { r.relations[0].target = 'ent_missing'; }],
];

describe('the fast case check agrees with the schema', () => {
  it.each(edits)('%s', (_name, edit) => {
    const raw = JSON.parse(good);
    edit(raw);
    const text = JSON.stringify(raw);
    const slow = parseCaseText(text);
    const fast = parseCaseFile(text);
    expect(fast.ok).toBe(slow.ok);
    if (slow.ok && fast.ok) expect(fast.case).toEqual(slow.case);
    if (!slow.ok && !fast.ok) expect(fast.reason).toBe(slow.reason);
  });
});
