import { acceptSelection, deleteSelection, mergeEntities } from '../../actions/edit';
import { goToCases } from '../../app/navigation';
import { toggleTheme } from '../../lib/theme';
import { dispatch, getWorkbench, redo, select, undo } from '../../store/workbench';
import { askText } from '../../ui/prompt';
import { newCaseFlow } from '../cases/CaseList';
import { EXPORT_FORMATS, runExport } from '../export/runExport';
import { findEntities } from '../extract/extractState';
import { LAYOUTS, graphBridge, graphUi, patchGraphUi } from '../graph/graphUi';
import { openImportGraph } from '../import/importUi';
import { openAddSource } from '../source/sourceUi';
import { openSideTab } from '../workbench/sideUi';

export type Command = {
  id: string;
  title: string;
  /** Shown in the palette, e.g. "Ctrl+Z". */
  shortcut?: string;
  /** Matches a keydown; single-key shortcuts only fire outside text fields. */
  keys?: (e: KeyboardEvent) => boolean;
  run: () => void;
  enabled?: () => boolean;
  disabledReason?: string;
};

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = isMac ? '⌘' : 'Ctrl+';
const mod = (e: KeyboardEvent) => (isMac ? e.metaKey : e.ctrlKey);
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const key = (k: string) => (e: KeyboardEvent) => plain(e) && e.key === k;

const sel = () => getWorkbench().selection;
const hasSelection = () => sel().entities.length + sel().relations.length > 0;

async function renameCase(): Promise<void> {
  const title = await askText('Rename case', 'Title', getWorkbench().case.title, 'Rename');
  if (title) dispatch({ op: 'renameCase', title });
}

/** Every command the workbench has: the palette lists them, shortcuts and buttons call the same functions. */
export const COMMANDS: Command[] = [
  { id: 'undo', title: 'Undo', shortcut: `${MOD}Z`, keys: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z', run: undo, enabled: () => getWorkbench().past.length > 0 },
  {
    id: 'redo',
    title: 'Redo',
    shortcut: `Shift+${MOD}Z`,
    keys: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!isMac && e.key.toLowerCase() === 'y')),
    run: redo,
    enabled: () => getWorkbench().future.length > 0,
  },
  { id: 'delete', title: 'Delete selection', shortcut: 'Del', keys: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'), run: deleteSelection, enabled: hasSelection },
  { id: 'accept', title: 'Accept selection', shortcut: 'A', keys: key('a'), run: acceptSelection, enabled: hasSelection },
  { id: 'merge', title: 'Merge selected entities', shortcut: 'M', keys: key('m'), run: () => mergeEntities(sel().entities), enabled: () => sel().entities.length > 1 },
  { id: 'clear', title: 'Clear selection', shortcut: 'Esc', keys: key('Escape'), run: () => select({}), enabled: hasSelection },
  { id: 'select-all', title: 'Select all entities', run: () => select({ entities: getWorkbench().case.entities.map((e) => e.id) }) },
  { id: 'add-source', title: 'Add source…', run: openAddSource },
  { id: 'find', title: 'Find entities in the current source', run: () => void findEntities('current') },
  { id: 'find-all', title: 'Find entities in all sources', run: () => void findEntities('all') },
  { id: 'review', title: 'Review suggestions', run: () => openSideTab('suggestions') },
  { id: 'inspector', title: 'Show inspector', run: () => openSideTab('inspector') },
  { id: 'search', title: 'Search entities', shortcut: '/', keys: key('/'), run: () => document.querySelector<HTMLInputElement>('input[aria-label="Search entities"]')?.focus() },
  { id: 'graph-find', title: 'Find node in graph', run: () => document.querySelector<HTMLInputElement>('input[aria-label="Find node in graph"]')?.focus() },
  { id: 'fit', title: 'Fit graph to view', shortcut: 'F', keys: key('f'), run: () => graphBridge.current.fit() },
  { id: 'zoom-in', title: 'Zoom in', shortcut: '+', keys: (e) => plain(e) && (e.key === '+' || e.key === '='), run: () => graphBridge.current.zoom(1.25) },
  { id: 'zoom-out', title: 'Zoom out', shortcut: '-', keys: key('-'), run: () => graphBridge.current.zoom(0.8) },
  { id: 'draw', title: 'Toggle draw-link mode', shortcut: 'L', keys: key('l'), run: () => patchGraphUi({ drawMode: !graphUi.get().drawMode }) },
  { id: 'unhide', title: 'Show hidden nodes and links', run: () => patchGraphUi({ hidden: [] }) },
  ...LAYOUTS.map<Command>((l) => ({ id: `layout-${l}`, title: `Layout: ${l}`, run: () => graphBridge.current.runLayout(l) })),
  { id: 'rename-case', title: 'Rename case…', run: () => void renameCase() },
  { id: 'new-case', title: 'New case…', run: () => void newCaseFlow() },
  { id: 'open-case', title: 'Open case…', run: () => void goToCases() },
  { id: 'theme', title: 'Toggle light/dark theme', run: toggleTheme },
  ...EXPORT_FORMATS.map<Command>((f) => ({ id: `export-${f}`, title: `Export: ${f}`, run: () => runExport(f) })),
  { id: 'import-graph', title: 'Import graph…', run: openImportGraph },
];

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/** The command a key press means here, if any. Text fields keep their own keys (including their own undo). */
export function commandForKey(e: KeyboardEvent): Command | undefined {
  if (typing(e.target)) return undefined;
  if (document.querySelector('dialog[open], [role="menu"]')) return undefined;
  return COMMANDS.find((c) => c.keys?.(e));
}
