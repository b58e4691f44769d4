import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folders of a workspace: case files at the top, housekeeping in dot folders beside them. */
export type Workspace = { root: string; trash: string; backups: string; locks: string };

/** CASEBOARD_HOME wins; otherwise a Caseboard folder in the user's documents folder. */
export function defaultWorkspaceRoot(env: NodeJS.ProcessEnv = process.env, documents?: string): string {
  if (env.CASEBOARD_HOME) return env.CASEBOARD_HOME;
  return join(documents ?? join(homedir(), 'Documents'), 'Caseboard');
}

export function openWorkspace(root: string): Workspace {
  const ws = { root, trash: join(root, '.trash'), backups: join(root, '.backups'), locks: join(root, '.locks') };
  for (const dir of [ws.root, ws.trash, ws.backups, ws.locks]) mkdirSync(dir, { recursive: true });
  return ws;
}
