import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../../shared/api/dispatch';
import { MAX_PAYLOAD_BYTES, METHODS, type ApiResult, type Handlers } from '../../shared/api/contract';
import { APP_ORIGIN } from './protocol';

export const channelOf = (method: string) => `caseboard:${method}`;

/** Only the app's own top frame may call the back-end; anything else is refused before parsing. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    // Node's URL gives custom schemes an opaque origin, so compare scheme and host instead.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** One handler per contract method, each checking the sender and the payload's size before the schema. */
export function registerIpc(handlers: Handlers): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), async (event, payload: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'bad-input', message: 'call refused: not from the app window' } };
      let size: number;
      try {
        // UTF-8 bytes, as the limit says: a string's length counts UTF-16 units, up to a third of its bytes.
        size = Buffer.byteLength(typeof payload === 'string' ? payload : JSON.stringify(payload ?? null), 'utf8');
      } catch {
        // Structured clone carries what JSON cannot (cycles, BigInt) and nesting deeper than the stack.
        return { ok: false, error: { code: 'bad-input', message: 'call refused: payload is not plain JSON data' } };
      }
      if (size > MAX_PAYLOAD_BYTES) return { ok: false, error: { code: 'bad-input', message: 'call refused: payload too large' } };
      return dispatch(handlers, method, payload);
    });
  }
}
