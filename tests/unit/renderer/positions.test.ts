import { describe, expect, it } from 'vitest';
import { changedPositions, freeSpot } from '../../../renderer/src/features/graph/positions';

describe('graph positions', () => {
  it('saves only positions that differ from the saved ones, rounded', () => {
    const saved = { a: { x: 1, y: 2 }, b: { x: 5, y: 5 } };
    const now = { a: { x: 1.001, y: 2.004 }, b: { x: 6, y: 5 }, c: { x: 0.123456, y: 9 } };
    expect(changedPositions(now, saved)).toEqual({ b: { x: 6, y: 5 }, c: { x: 0.12, y: 9 } });
  });

  it('finds a free spot away from other nodes', () => {
    const taken = [{ x: 0, y: 0 }];
    const p = freeSpot({ x: 0, y: 0 }, taken, 50);
    expect(Math.hypot(p.x, p.y)).toBeGreaterThanOrEqual(50);
    expect(freeSpot({ x: 100, y: 100 }, taken, 50)).toEqual({ x: 100, y: 100 });
  });
});
