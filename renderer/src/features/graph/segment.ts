/** Geometry of straight links against the view: which cross it, and the part of each that lies in it. */

export type Box = { x1: number; y1: number; x2: number; y2: number };
export type Point = { x: number; y: number };

/**
 * Clips the segment (ax, ay)–(bx, by) to `box` (Liang–Barsky): writes the part inside to `out` as
 * [x1, y1, x2, y2] and returns true, or returns false when the segment passes beside the box.
 */
export function clipSegment(out: number[] | null, ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // For each side: p is the segment's motion towards the outside, q the room left before crossing it.
  const sides = [-dx, ax - box.x1, dx, box.x2 - ax, -dy, ay - box.y1, dy, box.y2 - ay];
  for (let i = 0; i < 8; i += 2) {
    const p = sides[i]!;
    const q = sides[i + 1]!;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  if (out) {
    out[0] = ax + t0 * dx;
    out[1] = ay + t0 * dy;
    out[2] = ax + t1 * dx;
    out[3] = ay + t1 * dy;
  }
  return true;
}

/** Whether the segment a–b crosses the box (or lies in it). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  return clipSegment(null, a.x, a.y, b.x, b.y, box);
}
