import { describe, expect, it } from 'vitest';
import { count } from '../../../renderer/src/lib/plural';

describe('count', () => {
  it('puts the noun in the number of the count, with thousands separated', () => {
    expect(count(1, 'link')).toBe('1 link');
    expect(count(0, 'link')).toBe('0 links');
    expect(count(2, 'entity', 'entities')).toBe('2 entities');
    expect(count(1, 'new entity', 'new entities')).toBe('1 new entity');
    expect(count(20000, 'entity', 'entities')).toBe('20,000 entities');
  });
});
