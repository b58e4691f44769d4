import { createStore } from '../../lib/createStore';

export type ImportReport = { title: string; lines: string[] };

/** The "Import graph…" dialog (with files already chosen when they were dropped) and the last import's report. */
export const importUi = createStore<{ graph: boolean; files: File[]; report: ImportReport | null }>({ graph: false, files: [], report: null });

export const openImportGraph = (files: File[] = []) => importUi.set((s) => ({ ...s, graph: true, files }));
export const closeImportGraph = () => importUi.set((s) => ({ ...s, graph: false, files: [] }));
export const showImportReport = (report: ImportReport) => importUi.set((s) => ({ ...s, report }));
export const closeImportReport = () => importUi.set((s) => ({ ...s, report: null }));
