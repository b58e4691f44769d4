import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCase, type ExportFormat } from '../../../shared/formats';
import { formatsCase } from './fixture';
import { cyjsCheck, networkxChecks, relaxngCheck, stixCheck, type Check } from './interop';

const dir = mkdtempSync(path.join(tmpdir(), 'caseboard-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(format: ExportFormat, selection?: { entityIds?: string[]; relationIds?: string[] }): string {
  const [file] = exportCase(formatsCase(), format, selection).files;
  const to = path.join(dir, `${selection ? 'sel-' : ''}${format}-${file!.name}`);
  writeFileSync(to, file!.text, 'utf8');
  return to;
}

/** One test per reader; where the reader is absent the test is skipped and says why. */
function byReader(label: string, check: Check, format: ExportFormat) {
  if (!check.available) {
    it.skip(`${label}: skipped — ${check.reason}`, () => {});
    console.log(`[formats] ${label} skipped: ${check.reason}`);
    return;
  }
  for (const selection of [undefined, { entityIds: ['ent_pk', 'ent_ttp', 'ent_talks'], relationIds: ['rel_acc', 'rel_held'] }]) {
    it(`${label} accepts the ${format} export${selection ? ' of a selection' : ''}`, () => {
      const v = check.run(write(format, selection));
      console.log(`[formats] ${label} ${format}${selection ? ' (selection)' : ''}: ${v.output.split('\n').at(-1)}`);
      expect(v.ok, v.output).toBe(true);
    });
  }
}

describe('each export passes the reader named in ../shared/interop', () => {
  for (const { label, check } of networkxChecks()) byReader(label, check, 'graphml');
  byReader('xmllint --relaxng gexf.rng', relaxngCheck(), 'gexf');
  byReader('OASIS STIX 2.1 schemas', stixCheck(), 'stix');
  byReader('cytoscape.js headless', cyjsCheck(), 'cyjs');
});
