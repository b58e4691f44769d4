import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/extract';
import { governanceKey, initialsOf, nameKey } from '../../../shared/extract/names';
import { decodeBase64, decodeWeights, encodeBase64, encodeWeights } from '../../../shared/extract/ner/codec';
import { findDates } from '../../../shared/extract/rules/dates';
import { isDemonym } from '../../../shared/extract/rules/tokens';
import { splitSentences } from '../../../shared/extract/text/sentences';
import { tokenize } from '../../../shared/extract/text/tokenize';

const words = (t: string) => tokenize(t).map((x) => x.text);
const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
const found = (t: string) => extractText(t).entities.map((e) => `${t.slice(e.start, e.end)}/${e.type}`);

describe('tokens and sentences', () => {
  it('keeps acronyms, abbreviations and initials whole, and splits possessives and hyphens', () => {
    expect(words('Pakistan’s U.S.-backed Sen. John F. Kennedy of Calif.')).toEqual(['Pakistan', '’s', 'U.S.', '-', 'backed', 'Sen.', 'John', 'F.', 'Kennedy', 'of', 'Calif.']);
  });

  it('does not end a sentence at a title, an initial or a month abbreviation', () => {
    expect(sentences('Mr. Smith met Ulysses S. Grant on Oct. 15. The end.\nNew line')).toEqual(['Mr. Smith met Ulysses S. Grant on Oct. 15.', 'The end.', 'New line']);
  });

  it('keeps offsets exact in long texts', () => {
    const text = 'Qatar hosted the talks. '.repeat(400);
    const s = splitSentences(text);
    expect(s).toHaveLength(400);
    expect(s.every((x) => text.slice(x.start, x.end) === 'Qatar hosted the talks.')).toBe(true);
  });
});

describe('names', () => {
  it('ignores case, possessives, hyphens and a leading "the" in name keys', () => {
    expect(nameKey("The Tehreek-e-Taliban's")).toBe('tehreek e taliban');
  });

  it('spells acronyms from initials', () => {
    expect(initialsOf('Tehreek-e-Taliban Pakistan')).toContain('TTP');
    expect(initialsOf('Balochistan Liberation Army')).toContain('BLA');
  });

  it('gives regime, government and administration variants one key', () => {
    const keys = ['Afghan Taliban regime', 'Taliban government', 'Taliban administration'].map((n) => governanceKey(n, isDemonym));
    expect(new Set(keys)).toEqual(new Set(['taliban#gov']));
  });

  it('finds dates as written', () => {
    const t = 'On Oct. 15, 1979 and 19 October 2025, in October 2025 and on October 19; may 5 people came.';
    expect(findDates(t).map((d) => t.slice(d.start, d.end))).toEqual(['Oct. 15, 1979', '19 October 2025', 'October 2025', 'October 19']);
  });
});

describe('extractText', () => {
  it('types names, countries and dates; a title is part of the mention but not of the name', () => {
    const t = 'Defense Minister Khawaja Asif met Qatar’s envoy in Doha on October 19.';
    expect(found(t)).toEqual(expect.arrayContaining(['Defense Minister Khawaja Asif/person', 'Qatar/country', 'Doha/location', 'October 19/date']));
    expect(extractText(t).entities[0]!.name).toBe('Khawaja Asif');
  });

  it('does not take the capitalised words of a headline for names', () => {
    expect(found("Croatia's Granic Admits Downed Planes Took Off From Croatia")).toEqual(['Croatia/country', 'Croatia/country']);
    expect(found('Historic Movie House May Close After Sixty Years')).toEqual([]);
  });

  it('types a holiday as a date', () => {
    expect(found('On Thanksgiving Day, Defense Secretary Ash Carter spoke.')).toEqual(['Thanksgiving Day/date', 'Defense Secretary Ash Carter/person']);
  });

  it('reads a title word that ends a name as a surname', () => {
    expect(found('James Earl Ray, the killer of Martin Luther King Jr., was caught.')).toContain('Martin Luther King Jr./person');
  });

  it('takes a whole title chain, but not a qualifier that names something else', () => {
    const t = 'Minister for the Middle East Tobias Ellwood met Lt. Gen. Stephen J. Townsend and Haitian President Jean Aristide.';
    expect(found(t)).toEqual(['Minister for the Middle East Tobias Ellwood/person', 'Lt. Gen. Stephen J. Townsend/person', 'Jean Aristide/person']);
  });

  it('reports a town with its state as one mention, but not a list of places', () => {
    expect(found('He was born in Bowling Green, Va., in 1900.')).toContain('Bowling Green, Va./location');
    expect(found('Lincoln was born in Hodgenville, Ky.')).toContain('Hodgenville, Ky/location');
    expect(found('Lucille Ball was born in Jamestown, N.Y., the daughter of an electrician.')).toContain('Jamestown, N.Y./location');
    expect(found('Troops went to Russia, Japan, Poland and Iraq.')).toEqual(expect.arrayContaining(['Russia/country', 'Japan/country']));
  });

  it('takes the whole name of a body up to its head word, but not a place before it or a place after "of"', () => {
    expect(found("Mestrovic, secretary of the Croatian People's Party, spoke.")).toContain("Croatian People's Party/organization");
    expect(found('The Environmental Protection Agency is working on a brochure.')).toContain('Environmental Protection Agency/organization');
    expect(found('said Jerry Chapman of the Bureau of Land Management.')).toContain('Bureau of Land Management/organization');
    expect(found("Russia's Foreign Ministry said so.")).toEqual(expect.arrayContaining(['Russia/country', 'Foreign Ministry/organization']));
    expect(found('said Sen. Alan Cranston, D-Calif., chairman of the Senate Committee on Veterans Affairs.')).toEqual(['Sen. Alan Cranston/person', 'Senate Committee on Veterans Affairs/organization']);
  });

  it("reports ACE-style mention extents in the 'phrases' style: the article, and acting countries as organisations", () => {
    const t = 'The UK is working with the United Nations. Strikes hit targets in Syria.';
    const spans = (style: 'names' | 'phrases') => extractText(t, style).entities.map((e) => `${t.slice(e.start, e.end)}/${e.type}`);
    expect(spans('names')).toEqual(['UK/country', 'United Nations/organization', 'Syria/country']);
    expect(spans('phrases')).toEqual(['The UK/organization', 'the United Nations/organization', 'Syria/country']);
    const u = 'Strikes hit ISIL tactical units near the Tigris river in northern Iraq. We urge the Government of Iraq to act.';
    expect(extractText(u, 'phrases').entities.map((e) => `${u.slice(e.start, e.end)}/${e.type}`)).toEqual([
      'ISIL tactical units/organization',
      'the Tigris river/location',
      'northern Iraq/country',
      'the Government of Iraq/organization',
    ]);
    const v = 'He spoke with Russian Foreign Minister Lavrov. The Foreign Secretary Philip Hammond said no.';
    expect(extractText(v, 'phrases').entities.map((e) => v.slice(e.start, e.end))).toEqual(['Russian Foreign Minister Lavrov', 'The Foreign Secretary Philip Hammond']);
    expect(extractText(v).entities.map((e) => v.slice(e.start, e.end))).toEqual(['Lavrov', 'Foreign Secretary Philip Hammond']);
  });

  it('links an acronym to its expansion and a surname to the full name', () => {
    const t = 'The Balochistan Liberation Army (BLA) attacked. Attaullah Tarar blamed the BLA. Tarar spoke.';
    const r = extractText(t);
    const name = (s: string) => r.entities.find((e) => t.slice(e.start, e.end) === s)?.name;
    expect(name('BLA')).toBe('Balochistan Liberation Army');
    expect(name('Tarar')).toBe('Attaullah Tarar');
  });

  it('suggests labelled links with their mention spans', () => {
    const t = 'Talks between Pakistan and Afghanistan were held under the mediation of Qatar and Turkey.';
    const rel = extractText(t).relations.map((x) => `${t.slice(...x.head)}|${x.type}|${t.slice(...x.tail)}`);
    expect(rel).toEqual(expect.arrayContaining(['Pakistan|talks with|Afghanistan', 'Qatar|co-mediator with|Turkey']));
  });

  it('points office, backing and accusations the right way', () => {
    const rel = (t: string) => extractText(t).relations.map((x) => `${t.slice(...x.head)}|${x.type}|${t.slice(...x.tail)}`);
    expect(rel("Pakistan's Defense Minister Khawaja Asif spoke.")).toEqual(['Khawaja Asif|official of|Pakistan']);
    expect(rel('India-backed TTP fighters attacked.')).toContain('India|backs|TTP');
    expect(rel('Pakistan accused the Taliban government of lying.')).toContain('Pakistan|accused|Taliban government');
  });

  it('reads a dateline', () => {
    expect(found('BUENOS AIRES (AP) -- Police said nothing.')).toEqual(expect.arrayContaining(['BUENOS AIRES/location', 'AP/organization']));
    expect(found('YAKIMA, Wash. (AP) _ A man died.')).toEqual(expect.arrayContaining(['YAKIMA/location', 'Wash./location', 'AP/organization']));
  });

  it('reads a wire dateline in running case', () => {
    expect(found('(Text) Sofia, February 15 (BTA) -- Today the two main parties met.')).toEqual(['Sofia/location', 'February 15/date', 'BTA/organization']);
  });

  it('reads a monitoring-service source line: the place, then the broadcaster or paper', () => {
    const t = 'LD0806223294 Sarajevo Radio Bosnia-Herzegovina Network in Serbo-Croatian 2000 GMT 8 Jun 94';
    expect(found(t)).toEqual(expect.arrayContaining(['Sarajevo/location', 'Radio Bosnia-Herzegovina Network/organization']));
    expect(found('PM1602093194 Moscow KRASNAYA ZVEZDA in Russian 16 Feb 94 p 1')).toEqual(expect.arrayContaining(['Moscow/location', 'KRASNAYA ZVEZDA/organization']));
  });
});

describe('weights codec', () => {
  it('round-trips weights within quantisation error', () => {
    const values = Float32Array.from({ length: 18 }, (_, i) => (i % 3 === 0 ? 0 : (i - 9) / 7));
    const w = { slots: Int32Array.from([3, 700000]), values };
    const back = decodeWeights(decodeBase64(encodeBase64(encodeWeights(w))));
    expect([...back.slots]).toEqual([3, 700000]);
    back.values.forEach((v, i) => expect(Math.abs(v - values[i]!)).toBeLessThan(1e-3));
  });
});
