import type { SourceDraft } from '../../shared/api/contract';
import { docxSource } from './sourceReaders/docx';
import { SourceFileError } from './sourceReaders/errors';
import { htmlSource } from './sourceReaders/html';
import { pdfSource } from './sourceReaders/pdf';
import { textSource } from './sourceReaders/text';
import type { Draft } from './sourceReaders/types';

export { PAGE_BREAK } from './sourceReaders/pdf';

/** Larger files are refused: a 50 MB source is already some thousands of pages. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

export type SourceFile = { name: string; data: Uint8Array };
export type SourceImportResult = { sources: SourceDraft[]; errors: { file: string; message: string }[] };

type Kind = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

const startsWith = (b: Uint8Array, s: string) => [...s].every((ch, i) => b[i] === ch.charCodeAt(0));
/** The PDF header may follow some junk (the spec allows 1024 bytes); for files not named .pdf, only at the start. */
const isPdf = (b: Uint8Array, within = 8) => new TextDecoder('latin1').decode(b.subarray(0, within + 5)).includes('%PDF-');
const isZip = (b: Uint8Array) => startsWith(b, 'PK\x03\x04');
const isOle = (b: Uint8Array) => startsWith(b, '\xD0\xCF\x11\xE0');

const EXTENSIONS: Record<string, Kind> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf', docx: 'docx' };

/** What a file really is, by its first bytes where they are decisive, else by its name. */
function kindOf(name: string, data: Uint8Array): Kind {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const byName = EXTENSIONS[ext];
  if (ext === 'doc' || isOle(data)) throw new SourceFileError('is an old binary Word (.doc) or Office file; save it as .docx or PDF and import that');
  if (byName === 'pdf' && !isPdf(data, 1024)) throw new SourceFileError(`is not a PDF (it does not start with "%PDF-"${isZip(data) ? '; it looks like a ZIP or Word file' : ''})`);
  if (byName === 'docx' && !isZip(data)) throw new SourceFileError('is not a Word .docx document (a .docx is a ZIP archive and this is not)');
  if (byName) {
    if (byName !== 'pdf' && isPdf(data)) return 'pdf';
    if ((byName === 'text' || byName === 'markdown') && isZip(data)) throw new SourceFileError('is a ZIP archive (a Word file or an archive?), not text');
    return byName;
  }
  if (isPdf(data)) return 'pdf';
  if (isZip(data)) return 'docx';
  throw new SourceFileError(`has a type Caseboard cannot read${ext ? ` (.${ext})` : ''}; import .txt, .md, .html, .pdf or .docx`);
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

async function readOne(file: SourceFile): Promise<Draft> {
  if (file.data.length === 0) throw new SourceFileError('is empty (0 bytes)');
  if (file.data.length > MAX_SOURCE_BYTES) throw new SourceFileError(`is ${megabytes(file.data.length)}; the limit is ${megabytes(MAX_SOURCE_BYTES)} per file`);
  const base = file.name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || file.name;
  switch (kindOf(file.name, file.data)) {
    case 'text':
      return textSource(file.data, base, false);
    case 'markdown':
      return textSource(file.data, base, true);
    case 'html':
      return htmlSource(file.data, base);
    case 'pdf':
      return pdfSource(file.data, base);
    case 'docx':
      return docxSource(file.data, base);
  }
}

/**
 * Picked or dropped files → source drafts. Each file succeeds or fails on its own; a failure is a
 * sentence naming the file and the reason, and nothing of a failed file is returned. Files are read
 * one after another to keep memory bounded.
 */
export async function importSourceFiles(files: SourceFile[]): Promise<SourceImportResult> {
  const result: SourceImportResult = { sources: [], errors: [] };
  for (const file of files) {
    const name = file.name.replace(/^.*[\\/]/, '');
    try {
      const draft = await readOne(file);
      result.sources.push({ ...draft, origin: { ...draft.origin, file: name } });
    } catch (err) {
      const reason = err instanceof SourceFileError ? err.message : `could not be read: ${err instanceof Error ? err.message : String(err)}`;
      result.errors.push({ file: name, message: `“${name}” ${reason}` });
    }
  }
  return result;
}
