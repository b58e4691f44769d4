import { CASE_VERSION } from './schema';

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from version N to N+1, keyed by N. Version 1 is the first format, so the table is empty;
 * a later format adds its step here and bumps CASE_VERSION.
 */
const MIGRATIONS: Record<number, Migration> = {};

export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  for (let v = Number(current.version); v < CASE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from case version ${v}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
