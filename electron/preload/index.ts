import { contextBridge, ipcRenderer } from 'electron';
import { METHODS, type Method } from '../../shared/api/contract';

/**
 * The page's one bridge: a `call(method, input)` verb for the methods of the contract, nothing else.
 * No ipcRenderer, no Node, no arbitrary channel reaches the page.
 */
const allowed = new Set<string>(METHODS);
contextBridge.exposeInMainWorld('caseboard', {
  host: 'electron',
  call: (method: Method, input: unknown) => {
    if (!allowed.has(method)) return Promise.resolve({ ok: false, error: { code: 'bad-input', message: `unknown call ${String(method)}` } });
    return ipcRenderer.invoke(`caseboard:${method}`, input);
  },
});
