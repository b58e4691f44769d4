import { CASE_VERSION } from './schema';

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from version N to N+1, keyed by N. A format that adds data an older app would drop on save
 * bumps CASE_VERSION, so older apps refuse such files instead of silently losing the new data.
 */
const MIGRATIONS: Record<number, Migration> = {
  // 2 adds claims (reported speech) and dates on entities.
  1: (raw) => ({ ...raw, claims: Array.isArray(raw.claims) ? raw.claims : [] }),
};

export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  for (let v = Number(current.version); v < CASE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from case version ${v}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
