import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { cleanText } from './decode';
import { domText, type DomNode } from './domText';
import { SourceFileError } from './errors';
import type { Draft } from './types';

/**
 * A Word .docx → text through mammoth's HTML (headings, paragraphs, lists and tables keep their lines;
 * raw text extraction would not mark headings). The first Heading 1 or Title becomes the title.
 */
export async function docxSource(bytes: Uint8Array, baseTitle: string): Promise<Draft> {
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"], ignoreEmptyParagraphs: true },
    );
  } catch (err) {
    throw new SourceFileError(`is not a readable Word .docx document (${(err as Error).message.split('\n')[0]})`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${result.value}</body></html>`) as unknown as {
    document: { body: DomNode; querySelector(s: string): { textContent: string | null } | null };
  };
  const text = cleanText(domText(document.body));
  if (!text.trim()) throw new SourceFileError('is a Word document with no text in it');
  const heading = document.querySelector('h1')?.textContent?.trim();
  const skipped = result.messages.filter((m) => m.type === 'warning' && !/unrecognised (paragraph|run) style/i.test(m.message));
  const warnings = skipped.length ? [`${skipped.length} parts of the document could not be read: ${skipped[0]!.message}`] : [];
  return { title: heading || baseTitle, text, origin: {}, warnings };
}
