import { createStore } from '../../lib/createStore';

export type ImageKind = 'png' | 'svg';
export const exportUi = createStore<{ image: ImageKind | null; selectionOnly: boolean }>({ image: null, selectionOnly: false });

export const openImageExport = (image: ImageKind) => exportUi.set((s) => ({ ...s, image }));
export const closeImageExport = () => exportUi.set((s) => ({ ...s, image: null }));
export const toggleSelectionOnly = () => exportUi.set((s) => ({ ...s, selectionOnly: !s.selectionOnly }));
