/** Geometry of straight links against the view: which cross it, and the part of each that lies in it. */

export type Box = { x1: number; y1: number; x2: number; y2: number };
export type Point = { x: number; y: number };

// [t0, t1]: the part of the segment being clipped that lies inside the sides tested so far. Module state, not
// locals in a closure: clipping runs for every link in every frame of a big graph and should allocate nothing.
let t0 = 0;
let t1 = 1;

/** Narrows [t0, t1] by one side of the box: p is the segment's motion towards the outside, q the room left before it. */
function narrow(p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > t1) return false;
    if (t > t0) t0 = t;
  } else {
    if (t < t0) return false;
    if (t < t1) t1 = t;
  }
  return true;
}

/**
 * Clips the segment (ax, ay)–(bx, by) to `box` (Liang–Barsky): writes the part inside to `out` as
 * [x1, y1, x2, y2] and returns true, or returns false when the segment passes beside the box.
 */
export function clipSegment(out: number[] | null, ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  t0 = 0;
  t1 = 1;
  if (!narrow(-dx, ax - box.x1) || !narrow(dx, box.x2 - ax) || !narrow(-dy, ay - box.y1) || !narrow(dy, box.y2 - ay)) return false;
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
