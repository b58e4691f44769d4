import type { SourceDraft } from '../../../../shared/api/contract';
import { api } from '../../api/client';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The back-end takes at most this many files per call. */
const PER_CALL = 200;

/**
 * Picked or dropped files become source drafts. Every file, plain text included, goes to the back-end's
 * importer: it detects text encodings (a Windows-1252 file is read as such and says so, never garbled) and
 * extracts the text of HTML, PDF and Word files. Each file succeeds or fails on its own; errors name the file.
 */
export async function readSourceFiles(files: File[]): Promise<{ drafts: SourceDraft[]; errors: string[] }> {
  const drafts: SourceDraft[] = [];
  const errors: string[] = [];
  for (let i = 0; i < files.length; i += PER_CALL) {
    const batch = files.slice(i, i + PER_CALL);
    try {
      const result = await api.importSources({ files: await Promise.all(batch.map(async (f) => ({ name: f.name, dataBase64: await toBase64(f) }))) });
      drafts.push(...result.sources);
      errors.push(...result.errors.map((e) => (e.message.includes(e.file) ? e.message : `${e.file}: ${e.message}`)));
    } catch (err) {
      errors.push(`${batch.map((f) => f.name).join(', ')}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { drafts, errors };
}
