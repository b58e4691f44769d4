import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importSourceFiles, MAX_SOURCE_BYTES, PAGE_BREAK } from '../../../electron/services/sourceImport';

const utf8 = (s: string) => new TextEncoder().encode(s);
const one = async (name: string, data: Uint8Array) => {
  const r = await importSourceFiles([{ name, data }]);
  return { draft: r.sources[0], error: r.errors[0] };
};

const PAGE = `<!DOCTYPE html>
<!-- saved from url=(0045)https://example.org/2025/10/istanbul-talks -->
<html lang="en"><head><meta charset="utf-8">
<title>Talks collapse | Example News</title>
<meta property="og:title" content="Pakistan–Afghanistan talks in Istanbul collapse">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-10-30T08:00:00+05:00">
<link rel="canonical" href="https://example.org/news/istanbul-talks">
<style>body { color: red } .secret { display: none }</style>
<script>globalThis.__caseboardPwned = true; document.write('INJECTED');</script>
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport MENU-ITEM</a></li></ul></nav>
<header><div class="banner">Subscribe now BANNER-TEXT</div></header>
<main><article>
<h1>Pakistan–Afghanistan talks in Istanbul collapse</h1>
<p>ISLAMABAD: The latest round of negotiations between Pakistan and the Afghan Taliban regime in Istanbul ended without any progress, officials said on Thursday, after four days of talks.</p>
<p>Defence Minister Khawaja Asif (خواجہ آصف) said the Tehreek-e-Taliban Pakistan (TTP) operates from Afghan soil, and that Pakistan had presented solid and verifiable evidence to the mediators.</p>
<p>The talks were held under the mediation of Qatar and Turkey. Taliban spokesman Zabihullah Mujahid (ذبيح الله مجاهد) rejected the charge and blamed Islamabad for the failure.</p>
<img src="x.png" onerror="globalThis.__caseboardPwned = true">
<script>globalThis.__caseboardPwned = true;</script>
<p>Analysts expect further tension along the border in the coming weeks, with both sides reinforcing their positions.</p>
</article></main>
<aside>Most read: ASIDE-LINK</aside>
<footer>© Example News FOOTER-TEXT</footer>
</body></html>`;

describe('importSourceFiles: web pages', () => {
  it('takes the article text and metadata, drops scripts, styles, nav and boilerplate, runs nothing', async () => {
    const { draft, error } = await one('talks.html', utf8(PAGE));
    expect(error).toBeUndefined();
    expect(draft!.title).toBe('Pakistan–Afghanistan talks in Istanbul collapse');
    expect(draft!.origin).toEqual({ url: 'https://example.org/news/istanbul-talks', publisher: 'Example News', publishedAt: '2025-10-30T08:00:00+05:00', file: 'talks.html' });
    expect(draft!.text).toContain('Defence Minister Khawaja Asif (خواجہ آصف) said');
    expect(draft!.text).toMatch(/after four days of talks\.\n\nDefence Minister/);
    for (const junk of ['MENU-ITEM', 'BANNER-TEXT', 'ASIDE-LINK', 'FOOTER-TEXT', '__caseboardPwned', 'color: red', 'INJECTED']) expect(draft!.text).not.toContain(junk);
    expect((globalThis as { __caseboardPwned?: boolean }).__caseboardPwned).toBeUndefined();
  });

  it('falls back to the body text, without menus, when there is no article', async () => {
    const { draft } = await one('short.htm', utf8('<html><head><title>Note</title></head><body><nav>MENU</nav><div>Just one line about Qatar.</div></body></html>'));
    expect(draft!.title).toBe('Note');
    expect(draft!.text).toBe('Just one line about Qatar.');
  });

  it('reads a page in windows-1252 that declares its charset', async () => {
    const body = Buffer.concat([utf8('<html><head><meta charset="windows-1252"><title>Caf'), Buffer.from([0xe9]), utf8('</title></head><body><p>'), Buffer.from([0x93]), utf8('Quoted'), Buffer.from([0x94]), utf8(' text about a caf'), Buffer.from([0xe9]), utf8(' in M'), Buffer.from([0xfc]), utf8('nchen, long enough to be an article paragraph for the reader.</p></body></html>')]);
    const { draft } = await one('cafe.html', body);
    expect(draft!.title).toBe('Café');
    expect(draft!.text).toContain('“Quoted” text about a café in München');
  });
});

describe('importSourceFiles: PDF', () => {
  async function twoPages(): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    pdf.setTitle('Briefing on the Istanbul talks');
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (const lines of [['Page one: Pakistan and the Afghan Taliban', 'met in Istanbul in October 2025.'], ['Page two: Qatar and Turkey mediated.']]) {
      const page = pdf.addPage([595, 842]);
      lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
    }
    return pdf.save();
  }

  it('reads the text layer page by page, pages separated by a form feed line', async () => {
    const { draft, error } = await one('briefing.pdf', await twoPages());
    expect(error).toBeUndefined();
    expect(draft!.title).toBe('Briefing on the Istanbul talks');
    const pages = draft!.text.split(PAGE_BREAK);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/^Page one: Pakistan and the Afghan Taliban\s+met in Istanbul in October 2025\.$/);
    expect(pages[1]).toBe('Page two: Qatar and Turkey mediated.');
    expect(draft!.origin).toEqual({ file: 'briefing.pdf' });
  });

  it('refuses a PDF with no text layer, saying why', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([200, 200]);
    const { error } = await one('scan.pdf', await pdf.save());
    expect(error!.message).toBe('“scan.pdf” has no text layer (1 page of images: a scan?); run OCR on it first');
  });

  it('refuses a damaged PDF', async () => {
    const good = await twoPages();
    const { error } = await one('cut.pdf', good.subarray(0, 400));
    expect(error!.message).toMatch(/^“cut\.pdf” is damaged or not a PDF/);
  });
});

describe('importSourceFiles: Word', () => {
  it('keeps headings as lines of their own and takes the first as title', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Istanbul talks: briefing', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('Pakistan and the Afghan Taliban met in Istanbul. '), new TextRun({ text: 'No progress.', bold: true })] }),
            new Paragraph({ text: 'Mediators', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Qatar', bullet: { level: 0 } }),
            new Paragraph({ text: 'Turkey', bullet: { level: 0 } }),
            new Paragraph({ text: 'خواجہ آصف نے ٹی ٹی پی پر الزام لگایا۔' }),
          ],
        },
      ],
    });
    const { draft, error } = await one('briefing.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(error).toBeUndefined();
    expect(draft!.title).toBe('Istanbul talks: briefing');
    expect(draft!.text).toBe(
      'Istanbul talks: briefing\n\nPakistan and the Afghan Taliban met in Istanbul. No progress.\n\nMediators\n\nQatar\nTurkey\n\nخواجہ آصف نے ٹی ٹی پی پر الزام لگایا۔',
    );
  });

  it('refuses a .docx that is not one', async () => {
    const { error } = await one('notes.docx', utf8('just some text'));
    expect(error!.message).toBe('“notes.docx” is not a Word .docx document (a .docx is a ZIP archive and this is not)');
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    expect((await one('broken.docx', zip)).error!.message).toMatch(/^“broken\.docx” is not a readable Word \.docx document/);
  });
});

describe('importSourceFiles: text encodings', () => {
  it('reads a Windows-1252 file correctly and says it guessed', async () => {
    // "Café über ’quoted’ naïve – €5" in windows-1252 bytes.
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xfc, 0x62, 0x65, 0x72, 0x20, 0x92, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x92, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x96, 0x20, 0x80, 0x35]);
    const { draft } = await one('legacy.txt', bytes);
    expect(draft!.text).toBe('Café über ’quoted’ naïve – €5');
    expect(draft!.title).toBe('legacy');
    expect(draft!.warnings[0]).toMatch(/^not UTF-8: read as windows-1252/);
  });

  it('reads a short Western text that detectors take for CJK', async () => {
    const { draft } = await one('cv.txt', Uint8Array.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]));
    expect(draft!.text).toBe('Résumé');
  });

  it('handles UTF-8 with a BOM, UTF-16 with BOMs, CRLF, and Markdown titles', async () => {
    expect((await one('a.txt', utf8('\uFEFFPakistan\r\nQatar'))).draft!.text).toBe('Pakistan\nQatar');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Türkiye — ترکیہ', 'utf16le')]);
    expect((await one('le.txt', le)).draft!.text).toBe('Türkiye — ترکیہ');
    const be = Buffer.from(Buffer.from('\uFEFFQatar', 'utf16le').swap16());
    expect((await one('be.txt', be)).draft!.text).toBe('Qatar');
    const md = await one('notes.md', utf8('Intro line\n\n# Istanbul talks ##\n\nText.'));
    expect(md.draft!.title).toBe('Istanbul talks');
    expect(md.draft!.text).toBe('Intro line\n\n# Istanbul talks ##\n\nText.');
  });
});

describe('importSourceFiles: files that are not what they claim', () => {
  it('names the file and the reason, and keeps the good files of the batch', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const r = await importSourceFiles([
      { name: 'photo.txt', data: png },
      { name: 'fake.pdf', data: utf8('hello, I am not a PDF') },
      { name: 'empty.md', data: new Uint8Array() },
      { name: 'old.doc', data: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
      { name: 'data.xlsx', data: utf8('x') },
      { name: 'C:\\Users\\me\\good.txt', data: utf8('Fine text.') },
    ]);
    expect(r.errors).toEqual([
      { file: 'photo.txt', message: '“photo.txt” is binary, not text (it contains NUL bytes)' },
      { file: 'fake.pdf', message: '“fake.pdf” is not a PDF (it does not start with "%PDF-")' },
      { file: 'empty.md', message: '“empty.md” is empty (0 bytes)' },
      { file: 'old.doc', message: '“old.doc” is an old binary Word (.doc) or Office file; save it as .docx or PDF and import that' },
      { file: 'data.xlsx', message: '“data.xlsx” has a type Caseboard cannot read (.xlsx); import .txt, .md, .html, .pdf or .docx' },
    ]);
    expect(r.sources.map((s) => [s.title, s.text, s.origin.file])).toEqual([['good', 'Fine text.', 'good.txt']]);
  });

  it('refuses files over the size cap with the sizes', async () => {
    const { error } = await one('huge.txt', new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61));
    expect(error!.message).toBe('“huge.txt” is 50.0 MB; the limit is 50.0 MB per file');
  });

  it('recognises a PDF saved under a .txt name', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([300, 300]);
    page.drawText('Renamed PDF', { x: 20, y: 200, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const { draft } = await one('renamed.txt', await pdf.save());
    expect(draft!.text).toBe('Renamed PDF');
  });
});
