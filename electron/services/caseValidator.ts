import Ajv2020, { _, type KeywordCxt } from 'ajv/dist/2020';
import { z } from 'zod';
import { caseSchema, parseCaseText, type LoadResult } from '../../shared/model';

/**
 * Fast schema check for case files in the back-end. The zod schema stays the one definition; here it is
 * turned into JSON Schema and compiled by ajv, which checks a 30 MB case about seven times faster than
 * zod interprets it (ajv generates code, which the page's CSP forbids but the back-end allows). A file
 * ajv rejects goes through zod again for zod's precise, path-naming message.
 */
let compiled: ((raw: unknown) => boolean) | undefined;

/** Unicode code points of a string: a surrogate pair counts once, a lone surrogate once (as zod counts). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * minLength / maxLength in code points, as zod's .min() / .max() count, but counted only when the UTF-16
 * length leaves it in doubt. A code point is one or two units, so `units <= max` always fits and
 * `units > 2 × max` never does; only in between are the code points counted. ajv's own keywords count the
 * code points of every string (every id, name and note of the case), which was two thirds of its time.
 */
function addLengthKeywords(ajv: Ajv2020): void {
  const count = (cxt: KeywordCxt) => cxt.gen.scopeValue('func', { ref: codePointLength });
  ajv.removeKeyword('maxLength');
  ajv.removeKeyword('minLength');
  ajv.addKeyword({
    keyword: 'maxLength',
    type: 'string',
    schemaType: 'number',
    code(cxt) {
      const max = cxt.schema as number;
      cxt.fail(_`${cxt.data}.length > ${max} && (${cxt.data}.length > ${2 * max} || ${count(cxt)}(${cxt.data}) > ${max})`);
    },
  });
  ajv.addKeyword({
    keyword: 'minLength',
    type: 'string',
    schemaType: 'number',
    code(cxt) {
      const min = cxt.schema as number;
      cxt.fail(_`${cxt.data}.length < ${min} || (${cxt.data}.length < ${2 * min} && ${count(cxt)}(${cxt.data}) < ${min})`);
    },
  });
}

/**
 * The compiled check, built once per process (the first open pays for it, about 0.2 s). It applies the
 * schema's defaults to the object it is given, as zod's parse would.
 */
export function fastCaseCheck(): (raw: unknown) => boolean {
  if (!compiled) {
    const ajv = new Ajv2020({ useDefaults: true, strict: false, allErrors: false });
    addLengthKeywords(ajv);
    const validate = ajv.compile(z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' }) as object);
    compiled = (raw) => validate(raw) as boolean;
  }
  return compiled;
}

export function parseCaseFile(text: string): LoadResult {
  return parseCaseText(text, { schemaCheck: fastCaseCheck() });
}
