/**
 * Maps a DOM selection back to offsets in the source text. Every piece of rendered text sits in an element
 * carrying `data-off` (its start offset) and holding exactly one text node, and every paragraph carries
 * `data-start`/`data-end`, so a point (node, offset) resolves without measuring anything.
 */
export function pointToOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement?.closest<HTMLElement>('[data-off]');
    return host ? Number(host.dataset.off) + offset : null;
  }
  const el = node as Element;
  if (offset < el.childNodes.length) {
    const child = el.childNodes[offset]!;
    const first = child instanceof HTMLElement ? (child.matches('[data-off]') ? child : child.querySelector<HTMLElement>('[data-off]')) : null;
    if (first) return Number(first.dataset.off);
    if (child instanceof HTMLElement && child.dataset.start) return Number(child.dataset.start);
  }
  if (el instanceof HTMLElement) {
    if (el.dataset.end) return Number(el.dataset.end);
    const pieces = el.querySelectorAll<HTMLElement>('[data-off]');
    const last = pieces[pieces.length - 1];
    if (last) return Number(last.dataset.off) + (last.textContent?.length ?? 0);
  }
  return null;
}

export function selectionSpan(root: HTMLElement): { start: number; end: number; rect: DOMRect } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = pointToOffset(range.startContainer, range.startOffset);
  const end = pointToOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || start === end) return null;
  return { start: Math.min(start, end), end: Math.max(start, end), rect: range.getBoundingClientRect() };
}
