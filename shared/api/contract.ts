import { z } from 'zod';
import { caseSchema, originSchema } from '../model/schema';
import { opSchema } from './ops.schema';

/**
 * The one contract between the page and the back-end. Every call the renderer can make is listed here with
 * the schema of its input and output; the back-end parses every input with it before acting, and both
 * transports (Electron IPC, the browser host's HTTP) carry exactly these calls.
 */

/** A case file's name inside the workspace: no folders, no dot files, no traversal. */
export const caseNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]*\.json$/u, 'a case file name like "my-case.json"')
  .refine((n) => !n.includes('..'), 'no ".." in a case name')
  // Names Windows reserves for devices, whatever the extension.
  .refine((n) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(n), 'a name Windows reserves for a device');

export const caseSummarySchema = z.object({
  name: caseNameSchema,
  title: z.string(),
  sources: z.number(),
  entities: z.number(),
  relations: z.number(),
  modifiedAt: z.string(),
  size: z.number(),
  problem: z.string().optional(),
});

export const saveStateSchema = z.object({
  state: z.enum(['saved', 'pending', 'saving', 'error', 'conflict', 'read-only']),
  revision: z.number().int(),
  savedRevision: z.number().int(),
  message: z.string().optional(),
  savedAt: z.string().optional(),
});

export const sessionSchema = z.object({
  name: caseNameSchema,
  case: caseSchema,
  revision: z.number().int(),
  readOnly: z.boolean(),
  notice: z.string().optional(),
});

export const sourceDraftSchema = z.object({
  title: z.string(),
  text: z.string(),
  origin: originSchema,
  warnings: z.array(z.string()).default([]),
});

export const backupSchema = z.object({ file: z.string(), savedAt: z.string(), size: z.number(), valid: z.boolean() });

export const appInfoSchema = z.object({
  version: z.string(),
  workspace: z.string(),
  host: z.enum(['electron', 'browser']),
  lastOpened: caseNameSchema.optional(),
});

const named = z.object({ name: caseNameSchema });
const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

const def = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const api = {
  appInfo: def(empty, appInfoSchema),
  listCases: def(empty, z.array(caseSummarySchema)),
  createCase: def(z.object({ title: z.string().min(1).max(1000) }), sessionSchema),
  openCase: def(named, sessionSchema),
  closeCase: def(named, ok),
  renameCase: def(z.object({ name: caseNameSchema, title: z.string().min(1).max(1000) }), caseSummarySchema),
  duplicateCase: def(named, caseSummarySchema),
  deleteCase: def(named, z.object({ trashed: z.string() })),
  listTrash: def(empty, z.array(z.object({ file: z.string(), name: caseNameSchema, deletedAt: z.string() }))),
  restoreCase: def(z.object({ file: z.string().min(1).max(300) }), caseSummarySchema),
  listBackups: def(named, z.array(backupSchema)),
  restoreBackup: def(z.object({ name: caseNameSchema, file: z.string().min(1).max(300) }), sessionSchema),
  applyOps: def(
    z.object({ name: caseNameSchema, baseRevision: z.number().int().nonnegative(), ops: z.array(opSchema).min(1).max(10_000) }),
    saveStateSchema,
  ),
  saveState: def(named, saveStateSchema),
  flush: def(named, saveStateSchema),
  /** After a conflict: take the file as it is on disk now (the page's unsaved edits are dropped). */
  reloadFromDisk: def(named, sessionSchema),
  /** After a conflict: write this window's version over the file on disk, keeping the disk version as a backup. */
  overwriteDisk: def(named, saveStateSchema),
  importCase: def(z.object({ fileName: z.string().max(300), text: z.string() }), sessionSchema),
  /** Turn picked or dropped files (txt, md, html, pdf, docx) into source drafts; each file succeeds or fails alone. */
  importSources: def(
    z.object({ files: z.array(z.object({ name: z.string().min(1).max(300), dataBase64: z.string() })).min(1).max(200) }),
    z.object({ sources: z.array(sourceDraftSchema), errors: z.array(z.object({ file: z.string(), message: z.string() })) }),
  ),
  /** Desktop only: a native save dialog, then the bytes written there. The browser host downloads instead. */
  saveFile: def(
    z.object({ suggestedName: z.string().min(1).max(300), dataBase64: z.string() }),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
  ),
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;
export type CaseSummary = z.output<typeof caseSummarySchema>;
export type SaveState = z.output<typeof saveStateSchema>;
export type Session = z.output<typeof sessionSchema>;
export type AppInfo = z.output<typeof appInfoSchema>;
export type Backup = z.output<typeof backupSchema>;
export type SourceDraft = z.output<typeof sourceDraftSchema>;

export const METHODS = Object.keys(api) as Method[];
export const isMethod = (m: unknown): m is Method => typeof m === 'string' && Object.hasOwn(api, m);

/** What a call returns over either transport. Errors carry a code a page can branch on and a sentence for people. */
export type ApiErrorCode = 'bad-input' | 'not-found' | 'invalid-case' | 'conflict' | 'stale' | 'read-only' | 'io' | 'internal';
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string; details?: unknown } };

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The shape every back-end must implement: a missing or mistyped handler is a compile error. */
export type Handlers = { [M in Method]: (input: z.output<Api[M]['input']>) => Promise<Output<M>> };

/** Maximum request body, in bytes, on both transports. A 50 MB source plus JSON overhead fits. */
export const MAX_PAYLOAD_BYTES = 128 * 1024 * 1024;
