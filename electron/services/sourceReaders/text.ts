import { assertTextual, cleanText, decodeText } from './decode';
import type { Draft } from './types';

/** A plain-text or Markdown file. Markdown stays as written (its marks are the analyst's text); its first "# " heading is the title. */
export function textSource(bytes: Uint8Array, baseTitle: string, markdown: boolean): Draft {
  const decoded = decodeText(bytes);
  assertTextual(decoded.text);
  const text = cleanText(decoded.text);
  const heading = markdown ? /^#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(text)?.[1]?.trim() : undefined;
  return { title: heading || baseTitle, text, origin: {}, warnings: decoded.warning ? [decoded.warning] : [] };
}
