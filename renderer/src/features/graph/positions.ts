import type { Position } from '../../../../shared/model';

const round = (n: number) => Math.round(n * 100) / 100;
/** A position as the case stores it (hundredths of a unit). */
export const roundPosition = (p: Position): Position => ({ x: round(p.x), y: round(p.y) });

/**
 * The positions worth saving: every node whose place on screen differs from the saved one. Saving all of them
 * (not only the node that was dragged) keeps the whole picture, so a reopen shows exactly what was left.
 */
export function changedPositions(current: Record<string, Position>, saved: Record<string, Position>): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const [id, p] of Object.entries(current)) {
    const next = { x: round(p.x), y: round(p.y) };
    const old = saved[id];
    if (!old || old.x !== next.x || old.y !== next.y) out[id] = next;
  }
  return out;
}

/** A spot for a new node: the first point on a spiral around `center` that keeps `gap` from every other node. */
export function freeSpot(center: Position, taken: Position[], gap = 70): Position {
  for (let i = 0; i < 400; i++) {
    const angle = i * 2.4;
    const r = i === 0 ? 0 : gap * 0.6 * Math.sqrt(i);
    const p = { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
    if (taken.every((t) => Math.hypot(t.x - p.x, t.y - p.y) >= gap)) return p;
  }
  return { x: round(center.x), y: round(center.y) };
}
