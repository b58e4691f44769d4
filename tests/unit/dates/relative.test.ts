import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/dates';

const PUB = '2025-10-30T09:15:00+05:00'; // Thursday 30 October 2025; the time and zone do not move the day
const at = (text: string, publishedAt: string | null = PUB) => findDates(text, { publishedAt: publishedAt ?? undefined });

describe('relative dates against the publication date', () => {
  it.each([
    ['The envoy arrived yesterday.', 'yesterday', { start: '2025-10-29' }],
    ['Talks resume today.', 'today', { start: '2025-10-30' }],
    ['Fighting broke out last week.', 'last week', { start: '2025-10-20', end: '2025-10-26' }],
    ['Over the past week, ten died.', 'past week', { start: '2025-10-23', end: '2025-10-30' }],
    ['The group was banned last month.', 'last month', { start: '2025-09' }],
    ['It was formed last year.', 'last year', { start: '2024' }],
    ['Elections are due next year.', 'next year', { start: '2026' }],
    ['A truce was agreed earlier this month.', 'earlier this month', { start: '2025-10-01', end: '2025-10-30' }],
    ['More talks are planned later this year.', 'later this year', { start: '2025-10-30', end: '2025-12-31' }],
    ['The minister spoke on Tuesday.', 'Tuesday', { start: '2025-10-28' }],
    ['The minister spoke on Thursday.', 'Thursday', { start: '2025-10-30' }],
    ['They met last Thursday.', 'last Thursday', { start: '2025-10-23' }],
    ['They meet next Monday.', 'next Monday', { start: '2025-11-03' }],
    ['The attack happened three weeks ago.', 'three weeks ago', { start: '2025-10-09' }],
    ['It was founded two years ago.', 'two years ago', { start: '2023' }],
    ['The deal collapsed last October.', 'last October', { start: '2024-10' }],
  ])('%s', (text, span, expected) => {
    const [d] = at(text);
    expect(d).toMatchObject({ text: span, kind: 'relative', reference: 'publication' });
    expect(d!.range).toEqual({ ...expected, basis: 'relative' });
  });

  it('stays unresolved without a publication date, or with one less precise than needed', () => {
    expect(at('Fighting broke out last week.', null)[0]).toMatchObject({ text: 'last week', kind: 'relative' });
    expect(at('Fighting broke out last week.', null)[0]!.range).toBeUndefined();
    expect(at('It happened yesterday.', '2025-10')[0]!.range).toBeUndefined();
    expect(at('It was formed last year.', '2025')[0]!.range).toEqual({ start: '2024', basis: 'relative' });
  });

  it('does not read "the last week of" or a relative year from a year merely mentioned in the text', () => {
    expect(at('in the last week of October 2025', null).map((d) => d.text)).toEqual(['October 2025']);
    expect(at('In 2019 the group split. Last year it regrouped.', null)[1]!.range).toBeUndefined();
  });
});

describe('durations', () => {
  it('a duration attached to an event ends at the publication date', () => {
    const [d] = at('A four-day round of talks ended without progress.');
    expect(d).toMatchObject({ text: 'four-day', kind: 'duration', days: 4, range: { start: '2025-10-27', end: '2025-10-30', basis: 'relative' } });
    expect(at('the 10-day ceasefire')[0]!.range).toEqual({ start: '2025-10-21', end: '2025-10-30', basis: 'relative' });
    expect(at('a week-long visit')[0]).toMatchObject({ days: 7, range: { start: '2025-10-24', end: '2025-10-30' } });
  });

  it('keeps the length but no range when not attached to an event or without a publication date', () => {
    expect(at('a two-year prison sentence')[0]).toMatchObject({ kind: 'duration', days: 730 });
    expect(at('a two-year prison sentence')[0]!.range).toBeUndefined();
    expect(at('the four-day dialogue', null)[0]).toMatchObject({ days: 4 });
    expect(at('the four-day dialogue', null)[0]!.range).toBeUndefined();
  });
});
