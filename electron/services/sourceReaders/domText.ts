/** The little of the DOM the text walker needs, so it works with any implementation (linkedom here). */
export type DomNode = {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
};

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR MAIN NAV OL P SECTION SUMMARY TABLE UL'.split(' '),
);
const LINES = new Set(['LI', 'TR', 'CAPTION']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'BUTTON', 'SELECT']);

/**
 * Readable text from an element tree: paragraphs and headings separated by blank lines, list items and
 * table rows on lines of their own, cells separated by tabs, <pre> kept as is, runs of spaces collapsed.
 * (textContent would run every paragraph into the next.)
 */
export function domText(root: DomNode): string {
  const out: string[] = [];
  // Markers, resolved at the end: \u0002 a paragraph break, \u0001 a line break.
  const gap = (n: number) => out.push(n === 2 ? '\u0002' : '\u0001');
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      const v = (node.nodeValue ?? '').replace(/[\u0001\u0002]/g, '');
      out.push(pre ? v : v.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') return void out.push('\n');
    const block = BLOCKS.has(name) || name === 'PRE';
    const line = LINES.has(name);
    if (block) gap(2);
    else if (line) gap(1);
    else if (name === 'TD' || name === 'TH') out.push('\t');
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'PRE');
    if (block) gap(2);
    else if (line) gap(1);
  };
  walk(root, false);
  // A run of markers becomes one blank line if it holds a paragraph break, else one line break.
  return out
    .join('')
    .replace(/[ \t]*[\u0001\u0002][\s\u0001\u0002]*/g, (m) => (m.includes('\u0002') ? '\n\n' : '\n'))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ ]+/g, '\n')
    .replace(/(^|\n)\t/g, '$1')
    .replace(/^\s+|\s+$/g, '');
}
