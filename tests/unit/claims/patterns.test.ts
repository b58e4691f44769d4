import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../shared/claims';
import { refs, show } from './refs';

const PEOPLE = {
  'Maria Lopez': { type: 'person', aliases: ['Lopez'] },
  'John Okafor': { type: 'person', aliases: ['Okafor'] },
  'Interior Ministry': { type: 'organization' },
  Reuters: { type: 'organization' },
  Kenya: { type: 'country' },
  Somalia: { type: 'country' },
  'al-Shabaab': { type: 'organization' },
  Nairobi: { type: 'location' },
};
const claims = (text: string) => findClaims(text, refs(text, PEOPLE)).map((d) => show(text, d));

describe('reported speech patterns', () => {
  it('direct quote, then attribution with a name', () => {
    const t = '“We will not negotiate with al-Shabaab,” Maria Lopez said.';
    expect(claims(t)).toEqual([{ speaker: 'Maria Lopez', verb: 'said', content: 'We will not negotiate with al-Shabaab', about: ['al-Shabaab'] }]);
  });

  it('inverted attribution: “...,” said X', () => {
    expect(claims('“Somalia must act now,” said John Okafor, the envoy.')).toMatchObject([{ speaker: 'John Okafor', verb: 'said', content: 'Somalia must act now', about: ['Somalia'] }]);
  });

  it('a quote split around its attribution is one claim spanning both parts', () => {
    const [c] = claims('“Our patience is over,” a senior official said, “and Kenya knows it.”');
    expect(c).toMatchObject({ speaker: '"a senior official"', verb: 'said', about: ['Kenya'] });
    expect(c!.content).toMatch(/^Our patience is over,” a senior official said, “and Kenya knows it$/);
  });

  it('X said: “...” and X said that ...', () => {
    expect(claims('Okafor said: “Nairobi is safe.”')).toMatchObject([{ speaker: 'John Okafor', content: 'Nairobi is safe', about: ['Nairobi'] }]);
    expect(claims('Lopez said that Kenya would send troops.')).toMatchObject([{ speaker: 'Maria Lopez', verb: 'said', content: 'Kenya would send troops', about: ['Kenya'] }]);
    expect(claims('Lopez said the border with Somalia was closed.')).toMatchObject([{ content: 'the border with Somalia was closed', about: ['Somalia'] }]);
  });

  it('according to X, ... and ..., according to X', () => {
    expect(claims('According to Okafor, al-Shabaab has lost ground.')).toMatchObject([{ speaker: 'John Okafor', verb: 'according to', content: 'al-Shabaab has lost ground' }]);
    expect(claims('Al-Qaeda trained the cell, according to officials in Nairobi.')).toMatchObject([
      { speaker: '"officials in Nairobi"', verb: 'according to', content: 'Al-Qaeda trained the cell' },
    ]);
  });

  it('accused, warned, denied, dismissed, insisted, added, explained', () => {
    expect(claims('Lopez accused Somalia of harbouring militants.')).toMatchObject([{ verb: 'accused', content: 'Somalia of harbouring militants', about: ['Somalia'] }]);
    expect(claims('The Interior Ministry warned Kenya that attacks were likely.')).toMatchObject([{ speaker: 'Interior Ministry', verb: 'warned', about: ['Kenya'] }]);
    for (const verb of ['denied', 'dismissed', 'confirmed', 'insisted', 'added', 'explained'])
      expect(claims(`Okafor ${verb} that Kenya had paid the ransom.`)).toMatchObject([{ speaker: 'John Okafor', verb, content: 'Kenya had paid the ransom' }]);
  });

  it('titles, adverbs and appositives around the speaker', () => {
    expect(claims('Foreign Minister Maria Lopez also said that talks would resume.')).toMatchObject([{ speaker: 'Maria Lopez', verb: 'said' }]);
    expect(claims('Okafor, the UN envoy, said Somalia had agreed.')).toMatchObject([{ speaker: 'John Okafor', about: ['Somalia'] }]);
    expect(claims('Okafor told Reuters that Somalia had agreed.')).toMatchObject([{ verb: 'told', content: 'Somalia had agreed' }]);
  });

  it('pronouns name the person the text was just talking about', () => {
    const t = 'Maria Lopez arrived in Nairobi on Monday. “The situation is grave,” she said. Okafor’s office was silent. He later denied that Kenya had been warned.';
    const out = claims(t);
    expect(out[0]).toMatchObject({ speaker: 'Maria Lopez', verb: 'said' });
    // "Okafor’s office" is a possessive, not an antecedent; the last person named as a subject is Lopez.
    expect(out[1]).toMatchObject({ speaker: 'Maria Lopez', verb: 'denied' });
  });

  it('a definite title names the person introduced with it; unnamed speakers stay as written', () => {
    const t = 'Interior Minister John Okafor met the envoy. The minister described the talks as “useful.” A spokesman for the ministry said the meeting lasted an hour.';
    expect(claims(t)).toMatchObject([
      { speaker: 'John Okafor', verb: 'described' },
      { speaker: '"A spokesman for the ministry"', verb: 'said', content: 'the meeting lasted an hour' },
    ]);
  });

  it('"..., saying ..." and "issued a warning" speak for the subject of the sentence', () => {
    expect(claims('Okafor left the meeting early, saying nothing had been agreed.')).toMatchObject([{ speaker: 'John Okafor', verb: 'saying', content: 'nothing had been agreed' }]);
    expect(claims('Lopez backed the plan, issuing a stern warning to Somalia.')).toMatchObject([{ speaker: 'Maria Lopez', verb: 'warning', about: ['Somalia'] }]);
  });

  it('asides between speaker and verb, recipients of "told", present "say", and "..., said X."', () => {
    expect(claims('Lopez, 54, said the plan was sound.')).toMatchObject([{ speaker: 'Maria Lopez', content: 'the plan was sound' }]);
    expect(claims('The report, published by Reuters, said Kenya had paid.')).toMatchObject([{ speaker: '"The report"', about: ['Kenya'] }]);
    expect(claims('Officials in Nairobi, however, said the border stayed shut.')).toMatchObject([{ speaker: '"Officials in Nairobi"' }]);
    expect(claims('Secretary of State Maria Lopez told reporters the review would take weeks.')).toMatchObject([{ speaker: 'Maria Lopez', verb: 'told', content: 'the review would take weeks' }]);
    expect(claims('Okafor told Reuters Somalia had refused.')).toMatchObject([{ content: 'Somalia had refused', about: ['Somalia'] }]);
    expect(claims('Analysts say the economy of Kenya is slowing.')).toMatchObject([{ speaker: '"Analysts"', verb: 'say' }]);
    expect(claims('The talks in Nairobi failed, said Okafor.')).toMatchObject([{ speaker: 'John Okafor', content: 'The talks in Nairobi failed', about: ['Nairobi'] }]);
  });

  it('two speakers in one sentence get their own clauses', () => {
    const out = claims('Lopez said Kenya was ready, while Okafor insisted that Somalia was not.');
    expect(out).toMatchObject([
      { speaker: 'Maria Lopez', content: 'Kenya was ready', about: ['Kenya'] },
      { speaker: 'John Okafor', verb: 'insisted', content: 'Somalia was not', about: ['Somalia'] },
    ]);
  });
});

describe('what is not a claim', () => {
  it.each([
    ['the so-called peace plan', 'The so-called peace plan was signed by Kenya and Somalia.'],
    ['a question', 'Did Okafor say that Kenya had paid?'],
    ['a reported question', 'Who said that Kenya had paid?'],
    ['a quoted question', '“Will Kenya pay?” Okafor asked.'],
    ['a passive', 'It was confirmed that Kenya had paid.'],
    ['an adjective', 'The alleged attack on Nairobi was denied by nobody.'],
    ['"the said agreement"', 'Kenya signed the said agreement with Somalia.'],
    ['a verb inside a quote', '“They said no,” Okafor recalled of Somalia.'.replace(' recalled of Somalia', '')],
    ['a hypothetical', 'If Okafor said that, Kenya would object.'],
    ['a speaker with no name or role', 'The report said little about Kenya.'.replace('report', 'weather')],
    ['an unresolved pronoun', 'He said that Kenya had paid.'],
    ['"according to" a plan', 'According to plan, Kenya sent troops.'],
    ['a bare verb with nothing said', 'That is what Okafor said.'],
    ['a negated verb', 'Okafor did not say that Kenya had paid.'],
    ['a modal', 'Okafor would say that Kenya had paid.'],
    ['a relative clause', 'The company, which said last year it would expand, laid off workers in Nairobi.'],
    ['an object of a verb', 'Kenya thanked Okafor, said nothing else and left.'.replace(', said nothing else', '')],
  ])('%s', (_, t) => {
    expect(claims(t)).toEqual([]);
  });
});
