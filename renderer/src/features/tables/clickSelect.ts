export type ClickKind = { shift: boolean; toggle: boolean };

export const clickKind = (e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): ClickKind => ({
  shift: e.shiftKey,
  toggle: e.ctrlKey || e.metaKey,
});

/** Selection after a click on a row, the way file managers do it: plain, Ctrl/Cmd toggles, Shift extends. */
export function clickSelect(current: readonly string[], id: string, kind: ClickKind, ordered: readonly string[], anchor: string | undefined): string[] {
  if (kind.shift && anchor) {
    const a = ordered.indexOf(anchor);
    const b = ordered.indexOf(id);
    if (a >= 0 && b >= 0) {
      const range = ordered.slice(Math.min(a, b), Math.max(a, b) + 1);
      return kind.toggle ? [...new Set([...current, ...range])] : range;
    }
  }
  if (kind.toggle) return current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  return [id];
}
