import { cleanText } from './decode';
import { SourceFileError } from './errors';
import type { Draft } from './types';

/** Pages are joined by a form feed on a line of its own (as pdftotext does): page N is text.split('\f')[N-1]. */
export const PAGE_BREAK = '\n\f\n';

type TextItem = { str?: string; hasEOL?: boolean };

/**
 * A PDF's text layer, page by page, read with pdf.js (legacy build, which runs in Node). Fonts are
 * never compiled with eval and nothing is rendered. A PDF without text (a scan) is refused with the
 * reason, since an empty source is of no use and OCR is not done here.
 */
export async function pdfSource(bytes: Uint8Array, baseTitle: string): Promise<Draft> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new SourceFileError('is password-protected; open it, save an unprotected copy and import that');
    throw new SourceFileError(`is damaged or not a PDF (${(err as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = (content.items as TextItem[]).map((i) => (i.str ?? '') + (i.hasEOL ? '\n' : '')).join('');
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
      page.cleanup();
    }
    const text = cleanText(pages.join(PAGE_BREAK));
    if (!text.replace(/\f/g, '').trim()) throw new SourceFileError(`has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images: a scan?); run OCR on it first`);
    const info = ((await doc.getMetadata().catch(() => undefined))?.info ?? {}) as { Title?: unknown };
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : baseTitle;
    const warnings = pages.some((p) => !p) ? [`${pages.filter((p) => !p).length} of ${pages.length} pages have no text layer (images only)`] : [];
    return { title, text, origin: {}, warnings };
  } finally {
    await doc.destroy();
  }
}
