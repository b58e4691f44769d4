import { ApiError, api, isMethod, type ApiResult, type Handlers } from './contract';

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`)
    .join('; ');
}

/**
 * The boundary: method name and payload arrive as unknown, are checked against the contract, and only then
 * reach a handler. Every failure becomes an error result; nothing thrown escapes to the transport.
 */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<ApiResult<unknown>> {
  if (!isMethod(method)) {
    const shown = typeof method === 'string' ? JSON.stringify(method).slice(0, 80) : `of type ${method === null ? 'null' : typeof method}`;
    return { ok: false, error: { code: 'bad-input', message: `unknown call ${shown}` } };
  }
  let parsed: ReturnType<(typeof api)[typeof method]['input']['safeParse']>;
  try {
    parsed = api[method].input.safeParse(payload ?? {});
  } catch (err) {
    // The schema recurses into nested input (batches of batches): input nested deeper than the stack allows
    // makes it throw instead of failing, and is refused all the same.
    const why = err instanceof RangeError ? 'nested too deeply' : err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'bad-input', message: `${method}: input refused: ${why}` } };
  }
  if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: `${method}: ${describeIssues(parsed.error)}` } };
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message, details: err.details } };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message } };
  }
}
