import { readFile } from 'node:fs/promises';
import { parseCaseFile as parseCaseText } from '../../services/caseValidator';

/** `caseboard validate CASE.json`: reads only, never writes; exit 0 when valid, else one line and exit 1. */
export async function validateCommand(argv: string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    console.error('caseboard validate: name a case file, e.g. `caseboard validate my-case.json`');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      console.error(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      failed++;
      continue;
    }
    const result = parseCaseText(text);
    if (result.ok) {
      const c = result.case;
      console.log(`${file}: valid case "${c.title}" (${c.sources.length} sources, ${c.entities.length} entities, ${c.mentions.length} mentions, ${c.relations.length} links)`);
    } else {
      console.error(`${file}: invalid: ${result.reason}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
