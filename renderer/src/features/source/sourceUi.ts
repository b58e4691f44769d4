import { createStore } from '../../lib/createStore';

export const sourceUi = createStore({ adding: false });
export const openAddSource = () => sourceUi.set({ adding: true });
export const closeAddSource = () => sourceUi.set({ adding: false });
