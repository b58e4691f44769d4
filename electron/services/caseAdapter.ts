import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { createCaseEncoder, createCaseSerializer, type Case, type LoadFailure } from '../../shared/model';
import { parseCaseFile as parseCaseText } from './caseValidator';
import { writeFileDurably, type WriterFs } from './durableFile';

export class CaseFileError extends Error {
  override name = 'CaseFileError';
  constructor(
    message: string,
    readonly kind: LoadFailure | 'missing',
  ) {
    super(message);
  }
}

/**
 * lowdb adapter for one case file. Unlike lowdb's own JSONFile (steno), it fsyncs file and folder, uses a
 * unique temp name, and refuses to hand back a file that fails to parse or validate.
 */
export class CaseFileAdapter implements Adapter<Case> {
  /** `beforeReplace` runs at each write, alongside writing the new bytes, and must finish before they replace the old. */
  constructor(
    readonly path: string,
    private readonly fsImpl?: WriterFs,
    private readonly beforeReplace?: () => Promise<unknown>,
  ) {}

  async read(): Promise<Case | null> {
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const result = parseCaseText(text);
    if (!result.ok) throw new CaseFileError(result.reason, result.kind);
    return result.case;
  }

  async write(data: Case): Promise<void> {
    const ready = this.beforeReplace?.();
    await writeFileDurably(this.path, encodeCase(data), this.fsImpl, ready);
  }
}

/** Shared by every case of the process: its caches are keyed by object identity, so cases never mix. */
export const encodeCase = createCaseEncoder();
export const serializeCase = createCaseSerializer();
