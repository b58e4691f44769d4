import { ApiError, type ApiResult, type Input, type Method, type Output } from '../../../shared/api/contract';

/** How a call reaches the back-end: Electron's preload bridge, or HTTP to the browser host. */
export type Transport = (method: Method, input: unknown) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    caseboard?: { call: Transport; host: 'electron' };
  }
}

const httpTransport: Transport = async (method, input) => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
  } catch (err) {
    return { ok: false, error: { code: 'io', message: `the Caseboard back-end is not reachable (${String(err)})` } };
  }
  if (response.status === 401 || response.status === 403)
    return { ok: false, error: { code: 'io', message: 'this page is not authorised: open the URL that `caseboard serve` printed' } };
  return (await response.json()) as ApiResult<unknown>;
};

export type Client = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };

export function createClient(transport: Transport): Client {
  return new Proxy({} as Client, {
    get: (_target, method: string) => async (input: unknown) => {
      const result = await transport(method as Method, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
      return result.value;
    },
  });
}

export const api: Client = createClient(window.caseboard?.call ?? httpTransport);
export const host: 'electron' | 'browser' = window.caseboard ? 'electron' : 'browser';
