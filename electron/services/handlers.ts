import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ApiError, type Handlers, type SourceDraft } from '../../shared/api/contract';
import { createId } from '../../shared/model';
import { parseCaseFile as parseCaseText } from './caseValidator';
import type { CaseStore } from './caseStore';

export type HostOptions = {
  host: 'electron' | 'browser';
  version: string;
  /** The app's own sample case, copied into an empty workspace on first start. */
  samplePath?: string;
  /** Desktop only: shows a native save dialog and writes the bytes. */
  saveFile?: (suggestedName: string, data: Uint8Array) => Promise<{ saved: boolean; path?: string }>;
  importSources?: (files: { name: string; data: Uint8Array }[]) => Promise<{ sources: SourceDraft[]; errors: { file: string; message: string }[] }>;
};

const STATE_FILE = '.caseboard-state.json';

/** The back-end's side of the API contract; the same object serves Electron IPC and the browser host. */
export function createHandlers(store: CaseStore, options: HostOptions): Handlers {
  const statePath = join(store.ws.root, STATE_FILE);
  const readState = async (): Promise<{ lastOpened?: string }> =>
    fs.readFile(statePath, 'utf8').then((t) => JSON.parse(t) as { lastOpened?: string }, () => ({}));
  const remember = async (name: string) => fs.writeFile(statePath, JSON.stringify({ lastOpened: name })).catch(() => undefined);

  async function firstStart(): Promise<string | undefined> {
    const state = await readState();
    if (state.lastOpened || !options.samplePath) return state.lastOpened;
    if ((await store.list()).length > 0) return undefined;
    const parsed = parseCaseText(await fs.readFile(options.samplePath, 'utf8'));
    if (!parsed.ok) return undefined;
    const session = await store.create({ ...parsed.case, id: createId('case') }, 'istanbul-talks-sample');
    await remember(session.name);
    return session.name;
  }

  return {
    appInfo: async () => {
      const lastOpened = await firstStart();
      return { version: options.version, workspace: store.ws.root, host: options.host, ...(lastOpened ? { lastOpened } : {}) };
    },
    listCases: () => store.list(),
    createCase: async ({ title }) => {
      const s = await store.createEmpty(title);
      await remember(s.name);
      return s;
    },
    openCase: async ({ name }) => {
      const s = await store.open(name);
      await remember(name);
      return s;
    },
    closeCase: async ({ name }) => {
      await store.close(name);
      return { ok: true as const };
    },
    renameCase: ({ name, title }) => store.rename(name, title),
    duplicateCase: ({ name }) => store.duplicate(name),
    deleteCase: async ({ name }) => ({ trashed: await store.trash(name) }),
    listTrash: () => store.listTrash(),
    restoreCase: ({ file }) => store.restore(file),
    listBackups: ({ name }) => store.listBackups(name),
    restoreBackup: ({ name, file }) => store.restoreBackup(name, file),
    applyOps: async ({ name, baseRevision, ops }) => store.session(name).apply(ops, baseRevision),
    saveState: async ({ name }) => store.session(name).status(),
    flush: ({ name }) => store.session(name).flush(),
    reloadFromDisk: ({ name }) => store.reloadFromDisk(name),
    overwriteDisk: ({ name }) => store.session(name).overwrite(),
    importCase: async ({ fileName, text }) => {
      const parsed = parseCaseText(text);
      if (!parsed.ok) throw new ApiError('invalid-case', `${fileName}: ${parsed.reason}`);
      const s = await store.create({ ...parsed.case, id: createId('case') });
      await remember(s.name);
      return s;
    },
    importSources: async ({ files }) => {
      if (!options.importSources) throw new ApiError('internal', 'importing files is not available in this build');
      return options.importSources(files.map((f) => ({ name: f.name, data: Buffer.from(f.dataBase64, 'base64') })));
    },
    saveFile: async ({ suggestedName, dataBase64 }) => {
      if (!options.saveFile) throw new ApiError('bad-input', 'saving through a dialog is a desktop feature; the browser downloads instead');
      return options.saveFile(suggestedName, Buffer.from(dataBase64, 'base64'));
    },
  };
}
