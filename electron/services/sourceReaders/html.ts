import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanText, decodeText } from './decode';
import { domText, type DomNode } from './domText';
import { SourceFileError } from './errors';
import { htmlMeta, type MetaDoc } from './htmlMeta';
import type { Draft } from './types';

/** What a page declares about its own encoding, read from its first bytes (ASCII-compatible by rule). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

type Doc = MetaDoc & { body: DomNode | null };
type Removable = { querySelectorAll(sel: string): ArrayLike<{ remove(): void }> };

/** Parts of a page that are never the article: removed before Readability looks (it keeps them on short pages). */
const NEVER_TEXT = 'script,style,noscript,template,iframe,form,nav,aside,footer,body > header,[role="navigation"],[role="banner"],[role="complementary"],[aria-hidden="true"]';

const strip = (doc: Doc) => {
  for (const el of Array.from((doc as unknown as Removable).querySelectorAll(NEVER_TEXT))) el.remove();
};

/** No article found: the page's body without the parts that are never the text. */
function bodyText(html: string): string {
  const { document } = parseHTML(html) as unknown as { document: Doc };
  strip(document);
  return document.body ? domText(document.body) : '';
}

/**
 * A web page saved from a browser → the article's text and its metadata. The page is parsed by
 * linkedom, which has no script engine: nothing in the page runs. Readability picks the article and
 * drops navigation, ads and boilerplate; when it finds none, the body without nav/header/footer is used.
 */
export function htmlSource(bytes: Uint8Array, baseTitle: string): Draft {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const html = decoded.text;
  if (!/<(html|head|body|title|p|div|article|main|h1|span)[\s>/]/i.test(html)) throw new SourceFileError('is not a web page (no HTML tags in it)');
  const { document } = parseHTML(html) as unknown as { document: Doc };
  const meta = htmlMeta(document, html);
  strip(document);
  const article = new Readability(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const warnings = decoded.warning ? [decoded.warning] : [];
  let text = article?.content ? domText(article.content) : '';
  if (text.length < 20) {
    text = bodyText(html);
    if (text) warnings.push('no article found in the page: its whole text was taken (without menus, headers and footers)');
  }
  text = cleanText(text);
  if (!text.trim()) throw new SourceFileError('has no readable text (an empty page, or one built by scripts)');
  const origin = { ...meta.origin };
  if (!origin.publisher && article?.siteName) origin.publisher = article.siteName;
  if (!origin.publishedAt && article?.publishedTime) origin.publishedAt = article.publishedTime;
  return { title: (article?.title || meta.title || baseTitle).trim(), text, origin, warnings };
}
