import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The readers named in ../shared/interop/README.md, found the way CI lays things out: the shared folder
 * beside the repo (CASEBOARD_SHARED overrides). Each check says why when it cannot run.
 */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const INTEROP = path.join(process.env.CASEBOARD_SHARED ?? path.resolve(REPO, '../shared'), 'interop');
export const hasInterop = existsSync(path.join(INTEROP, 'README.md'));

export type Verdict = { ok: boolean; output: string };
export type Check = { available: true; run: (file: string) => Verdict } | { available: false; reason: string };

const works = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error && r.status === 0;
};

const verdict = (cmd: string, args: string[], env?: NodeJS.ProcessEnv): Verdict => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim() };
};

/**
 * The interop scripts resolve their packages (cytoscape, ajv) from where they sit, and ../shared has no
 * node_modules; copies inside this repo's node_modules find the repo's own pinned packages.
 */
function localCopy(name: string): string {
  const dir = path.join(REPO, 'node_modules', '.cache', 'caseboard-interop');
  mkdirSync(dir, { recursive: true });
  const to = path.join(dir, name);
  copyFileSync(path.join(INTEROP, name), to);
  return to;
}

const missing = (reason: string): Check => ({ available: false, reason });

/** Every python3 with networkx: Debian's (2.8, what CI installs) and any other on PATH. */
export function networkxChecks(): { label: string; check: Check }[] {
  if (!hasInterop) return [{ label: 'networkx', check: missing(`no ${INTEROP}`) }];
  const found = ['/usr/bin/python3', 'python3'].filter((py, i, all) => works(py, ['-c', 'import networkx']) && all.indexOf(py) === i);
  if (!found.length) return [{ label: 'networkx', check: missing('no python3 with networkx (apt-get install python3-networkx)') }];
  return found.map((py) => ({
    label: `networkx via ${py}`,
    check: { available: true, run: (file: string) => verdict(py, [path.join(INTEROP, 'validate_graph.py'), file]) },
  }));
}

export function relaxngCheck(): Check {
  if (!hasInterop) return missing(`no ${INTEROP}`);
  if (!works('xmllint', ['--version'])) return missing('xmllint not installed (apt-get install libxml2-utils)');
  const rng = path.join(INTEROP, 'gexf-1.3', 'gexf.rng');
  return { available: true, run: (file) => verdict('xmllint', ['--noout', '--relaxng', rng, file]) };
}

export function stixCheck(): Check {
  if (!hasInterop) return missing(`no ${INTEROP}`);
  if (!existsSync(path.join(REPO, 'node_modules', 'ajv-formats'))) return missing('ajv-formats is not installed');
  const script = localCopy('validate-stix.mjs');
  return { available: true, run: (file) => verdict(process.execPath, [script, path.join(INTEROP, 'stix2-schemas'), file]) };
}

export function cyjsCheck(): Check {
  if (!hasInterop) return missing(`no ${INTEROP}`);
  const script = localCopy('validate-cyjs.cjs');
  return { available: true, run: (file) => verdict(process.execPath, [script, file]) };
}

export function rsvgCheck(): Check {
  if (!works('rsvg-convert', ['--version'])) return missing('rsvg-convert not installed (apt-get install librsvg2-bin)');
  return { available: true, run: (file) => verdict('rsvg-convert', [file, '-o', `${file}.png`]) };
}
