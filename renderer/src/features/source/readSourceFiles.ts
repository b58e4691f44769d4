import type { SourceDraft } from '../../../../shared/api/contract';
import { api } from '../../api/client';

const PLAIN = /\.(txt|md|markdown|text)$/i;

const titleOf = (fileName: string) => fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || fileName;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * Picked files become source drafts: plain text is read here; other formats (HTML, PDF, Word) go to the
 * back-end's importer, which extracts their text. Each file succeeds or fails on its own.
 */
export async function readSourceFiles(files: File[]): Promise<{ drafts: SourceDraft[]; errors: string[] }> {
  const drafts: SourceDraft[] = [];
  const errors: string[] = [];
  const other: File[] = [];
  for (const f of files) {
    if (!PLAIN.test(f.name)) {
      other.push(f);
      continue;
    }
    try {
      drafts.push({ title: titleOf(f.name), text: await f.text(), origin: { file: f.name }, warnings: [] });
    } catch (err) {
      errors.push(`${f.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (other.length) {
    try {
      const result = await api.importSources({ files: await Promise.all(other.map(async (f) => ({ name: f.name, dataBase64: await toBase64(f) }))) });
      drafts.push(...result.sources);
      errors.push(...result.errors.map((e) => `${e.file}: ${e.message}`));
    } catch (err) {
      errors.push(`${other.map((f) => f.name).join(', ')}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { drafts, errors };
}
