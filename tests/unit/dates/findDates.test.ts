import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../../shared/dates';

const PUB = '2025-10-30'; // a Thursday
const one = (text: string, publishedAt?: string): DateMention => {
  const found = findDates(text, { publishedAt });
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};
const range = (text: string, publishedAt?: string) => one(text, publishedAt).range;

describe('absolute dates', () => {
  it.each([
    ['The talks, held in October 2025, failed.', 'October 2025', { start: '2025-10', basis: 'explicit' }],
    ['It was signed on 19 October 2025 in Doha.', '19 October 2025', { start: '2025-10-19', basis: 'explicit' }],
    ['He was killed on Oct. 15, 1979, in Texas.', 'Oct. 15, 1979', { start: '1979-10-15', basis: 'explicit' }],
    ['Published 2025-10-19.', '2025-10-19', { start: '2025-10-19', basis: 'explicit' }],
    ['Elections were held in 2024.', '2024', { start: '2024', basis: 'explicit' }],
    ['The war of the 1990s.', '1990s', { start: '1990', end: '1999', basis: 'explicit' }],
    ['It ruled between 1996 and 2001.', 'between 1996 and 2001', { start: '1996', end: '2001', basis: 'explicit' }],
    ['The 2010-14 campaign.', '2010-14', { start: '2010', end: '2014', basis: 'explicit' }],
    ['Fighting resumed in early 2024.', 'early 2024', { start: '2024-01', end: '2024-04', basis: 'explicit' }],
    ['By the end of March 2020 it was over.', 'the end of March 2020', { start: '2020-03-21', end: '2020-03-31', basis: 'explicit' }],
    ['In the spring of 2020 the group split.', 'spring of 2020', { start: '2020-03', end: '2020-05', basis: 'explicit' }],
  ])('%s', (text, span, expected) => {
    const d = one(text);
    expect(d.text).toBe(span);
    expect(text.slice(d.start, d.end)).toBe(span);
    expect(d.kind).toBe('date');
    expect(d.range).toEqual(expected);
  });

  it('rejects impossible days and reads February 29 only in leap years', () => {
    expect(findDates('on February 30, 2024')).toEqual([]);
    expect(range('on February 29, 2024')).toEqual({ start: '2024-02-29', basis: 'explicit' });
    expect(findDates('on 2023-02-29')).toEqual([]);
  });

  it('does not take numbers, modal "may" or bare years for dates', () => {
    expect(findDates('21 people were killed and 2024 rounds were fired.')).toEqual([]);
    expect(findDates('He may go to the meeting.')).toEqual([]);
    expect(findDates('The 1,500-strong force and 300 fighters.')).toEqual([]);
    expect(findDates('Inflation rose in 2024%.')).toEqual([]);
  });
});

describe('dates without a year', () => {
  it('takes the year from the publication date, whichever year lies closest to it', () => {
    expect(one('a ceasefire reached on October 19,', PUB)).toMatchObject({ range: { start: '2025-10-19', basis: 'relative' }, reference: 'publication' });
    expect(range('talks on December 28', '2026-01-03')).toEqual({ start: '2025-12-28', basis: 'relative' });
    expect(range('a vote on January 5', '2025-12-20')).toEqual({ start: '2026-01-05', basis: 'relative' });
  });

  it('without a publication date, borrows the year of the nearest dated expression in the text', () => {
    const text = 'The talks were held in October 2025. Much later, a ceasefire reached in Doha on October 19 held.';
    const [a, b] = findDates(text);
    expect(a!.range).toEqual({ start: '2025-10', basis: 'explicit' });
    expect(b).toMatchObject({ text: 'October 19', range: { start: '2025-10-19', basis: 'relative' }, reference: 'text' });
  });

  it('leaves a yearless date unresolved when nothing gives the year', () => {
    expect(one('a ceasefire reached on October 19.')).toMatchObject({ text: 'October 19', kind: 'date' });
    expect(range('a ceasefire reached on October 19.')).toBeUndefined();
  });

  it('reads mid-, early- and late-month', () => {
    expect(range('clashes in mid-October', PUB)).toEqual({ start: '2025-10-11', end: '2025-10-20', basis: 'relative' });
    expect(range('talks in late February 2024')).toEqual({ start: '2024-02-21', end: '2024-02-29', basis: 'explicit' });
    expect(range('the deal struck in March', PUB)).toEqual({ start: '2025-03', basis: 'relative' });
  });
});
