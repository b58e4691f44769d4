import { createStore } from '../../lib/createStore';

export type SideTab = 'inspector' | 'suggestions';
export const sideUi = createStore<{ tab: SideTab }>({ tab: 'inspector' });
export const openSideTab = (tab: SideTab) => sideUi.set({ tab });
