import type { Origin } from '../../../shared/model/schema';

/** The parts of a linkedom document the metadata reader touches. */
export type MetaDoc = {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
  title?: string;
};

const first = (doc: MetaDoc, selectors: string[], attr: string): string | undefined => {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return undefined;
};

type LdThing = { '@type'?: unknown; headline?: unknown; datePublished?: unknown; url?: unknown; publisher?: { name?: unknown } | unknown; '@graph'?: unknown };

/** schema.org JSON-LD (NewsArticle and friends): read as data with JSON.parse, never run. */
function jsonLd(doc: MetaDoc): LdThing[] {
  const out: LdThing[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const raw: unknown = JSON.parse(s.textContent ?? '');
      for (const item of Array.isArray(raw) ? raw : [raw]) {
        if (item && typeof item === 'object') {
          out.push(item as LdThing);
          const graph = (item as LdThing)['@graph'];
          if (Array.isArray(graph)) out.push(...(graph.filter((g) => g && typeof g === 'object') as LdThing[]));
        }
      }
    } catch {
      /* broken JSON-LD is common; the meta tags still count */
    }
  }
  return out.filter((t) => /Article|Posting|Report|WebPage/i.test(String(t['@type'] ?? '')));
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Browsers' "Save page as" leaves `<!-- saved from url=(0042)https://… -->` near the top. */
const savedFrom = (html: string) => /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1];

export type HtmlMeta = { title?: string; origin: Origin };

/** Title, publisher, date and address of a saved web page, from its metadata where present. */
export function htmlMeta(doc: MetaDoc, html: string): HtmlMeta {
  const ld = jsonLd(doc);
  const fromLd = (pick: (t: LdThing) => unknown) => ld.map(pick).map(str).find(Boolean);
  const title =
    first(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]'], 'content') ?? fromLd((t) => t.headline) ?? str(doc.querySelector('title')?.textContent);
  const publisher =
    first(doc, ['meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]'], 'content') ??
    fromLd((t) => (t.publisher && typeof t.publisher === 'object' ? (t.publisher as { name?: unknown }).name : undefined));
  const publishedAt =
    first(
      doc,
      ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.date"]'],
      'content',
    ) ??
    fromLd((t) => t.datePublished) ??
    first(doc, ['article time[datetime]', 'time[pubdate]', 'time[datetime]'], 'datetime');
  const url = first(doc, ['link[rel="canonical"]'], 'href') ?? first(doc, ['meta[property="og:url"]'], 'content') ?? fromLd((t) => t.url) ?? savedFrom(html);
  const origin: Origin = {};
  if (url && /^https?:\/\//i.test(url)) origin.url = url;
  if (publisher) origin.publisher = publisher;
  if (publishedAt) origin.publishedAt = publishedAt;
  return { ...(title ? { title: title.replace(/\s+/g, ' ') } : {}), origin };
}
