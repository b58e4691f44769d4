/** Month names as news copy writes them, capitalised; "May" only where a day or year makes it a month. */
export const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
export const NUMBER = `(?:\\d{1,3}|${Object.keys(NUMBERS).filter((w) => w.length > 2).join('|')})`;

export function numberValue(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()];
}

export const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
