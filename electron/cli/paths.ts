import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built app lives in out/; this file is bundled into out/main, so the project root is two folders up. */
export const appRoot = (): string => {
  for (const candidate of [resolve(__dirname, '../..'), resolve(__dirname, '../../..'), process.cwd()])
    if (existsSync(join(candidate, 'package.json')) && existsSync(join(candidate, 'resources'))) return candidate;
  return resolve(__dirname, '../..');
};

export const rendererDir = () => join(appRoot(), 'out', 'renderer');
export const samplePath = () => join(appRoot(), 'resources', 'sample-case.json');
export const appVersion = (): string => (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
