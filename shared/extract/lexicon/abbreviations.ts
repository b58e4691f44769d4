import nlp from 'compromise';

/*
 * Abbreviations that keep their period as part of the word ("Calif.", "Sen.", "Inc.", "Oct."), from
 * compromise's list. Only capitalised uses count, which keeps "min." or "ex." at a sentence end apart.
 */
let cached: Set<string> | undefined;

export function abbreviations(): Set<string> {
  if (!cached) {
    const model = nlp.model() as unknown as { one: { abbreviations: Record<string, unknown> } };
    cached = new Set(Object.keys(model.one.abbreviations));
    for (const extra of ['no', 'nos', 'gov', 'sen', 'rep', 'sept', 'mass', 'wash', 'ore', 'ill', 'ind', 'md', 'mich', 'miss', 'mo', 'nev', 'vs'])
      cached.add(extra);
  }
  return cached;
}
