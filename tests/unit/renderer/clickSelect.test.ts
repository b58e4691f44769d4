import { describe, expect, it } from 'vitest';
import { clickSelect } from '../../../renderer/src/features/tables/clickSelect';

const order = ['a', 'b', 'c', 'd', 'e'];
const k = (shift = false, toggle = false) => ({ shift, toggle });

describe('row click selection', () => {
  it('selects one row on a plain click', () => expect(clickSelect(['a', 'b'], 'c', k(), order, 'a')).toEqual(['c']));
  it('toggles with Ctrl/Cmd', () => {
    expect(clickSelect(['a'], 'c', k(false, true), order, 'a')).toEqual(['a', 'c']);
    expect(clickSelect(['a', 'c'], 'c', k(false, true), order, 'a')).toEqual(['a']);
  });
  it('extends a range with Shift in display order', () => {
    expect(clickSelect(['d'], 'b', k(true), order, 'd')).toEqual(['b', 'c', 'd']);
    expect(clickSelect(['a'], 'e', k(true, true), order, 'c')).toEqual(['a', 'c', 'd', 'e']);
  });
});
