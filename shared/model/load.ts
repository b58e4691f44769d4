import parseJsonWithPosition from 'json-parse-even-better-errors';
import { CASE_FORMAT, CASE_VERSION, caseSchema, type Case } from './schema';
import { checkInvariants } from './invariants';
import { migrate } from './migrate';

export type LoadResult = { ok: true; case: Case } | { ok: false; reason: string; kind: LoadFailure };
export type LoadFailure = 'empty' | 'syntax' | 'format' | 'future-version' | 'schema' | 'invariant';

/** Position → "line L, column C" so a person can find a JSON syntax error in an editor. */
export function lineColumn(text: string, position: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

/** Only on failure: the engine's own message may lack a position, so ask a parser that always gives one. */
function syntaxReason(text: string): string {
  let position = 0;
  let message = 'syntax error';
  try {
    parseJsonWithPosition(text);
  } catch (err) {
    position = (err as { position?: number }).position ?? 0;
    message = (err as Error).message.replace(/ while parsing .*$/s, '').replace(/ in JSON at position \d+/, '').replace(/, ".*" is not valid JSON$/s, '');
  }
  // A case file always ends with its closing brace; one that does not was cut short.
  if (/Unexpected end of JSON input/.test(message) || (/^\s*{/.test(text) && !/}\s*$/.test(text)))
    return `not valid JSON: the file ends early at ${lineColumn(text, text.length)} (truncated?)`;
  return `not valid JSON at ${lineColumn(text, position)}: ${message}`;
}

/** Parse the text of a case file: JSON → format/version check → migrate → schema → invariants. */
export type LoadOptions = {
  /**
   * A faster check equivalent to the schema (it must also apply the schema's defaults). When it passes,
   * the zod pass is skipped; when it fails, zod runs to produce its precise message.
   */
  schemaCheck?: (raw: unknown) => boolean;
};

export function parseCaseText(text: string, options: LoadOptions = {}): LoadResult {
  if (text.trim() === '') return { ok: false, kind: 'empty', reason: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'syntax', reason: syntaxReason(text) };
  }
  return validateCase(raw, options);
}

export function validateCase(raw: unknown, options: LoadOptions = {}): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, kind: 'format', reason: 'not a Caseboard case: the top level is not an object' };
  const obj = raw as Record<string, unknown>;
  if (obj.format !== CASE_FORMAT)
    return { ok: false, kind: 'format', reason: `not a Caseboard case: "format" is ${JSON.stringify(obj.format) ?? 'missing'}, expected "${CASE_FORMAT}"` };
  if (typeof obj.version !== 'number' || !Number.isInteger(obj.version) || obj.version < 1)
    return { ok: false, kind: 'schema', reason: `"version": expected a positive whole number, got ${JSON.stringify(obj.version)}` };
  if (obj.version > CASE_VERSION)
    return {
      ok: false,
      kind: 'future-version',
      reason: `case file version ${obj.version} is newer than this app understands (version ${CASE_VERSION}); update Caseboard to open it`,
    };
  const migrated = migrate(obj);
  if (options.schemaCheck?.(migrated)) return withInvariants(migrated as Case);
  const parsed = caseSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    return { ok: false, kind: 'schema', reason: `${path || 'case'}: ${issue.message}${more}` };
  }
  return withInvariants(parsed.data);
}

function withInvariants(c: Case): LoadResult {
  const problems = checkInvariants(c);
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    return { ok: false, kind: 'invariant', reason: problems[0] + more };
  }
  return { ok: true, case: c };
}
