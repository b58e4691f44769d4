import { createStore, useStore } from './createStore';

export type Theme = 'light' | 'dark';
const KEY = 'caseboard.theme';

function initialTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const themeStore = createStore<Theme>(initialTheme());

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

export function setTheme(theme: Theme): void {
  localStorage.setItem(KEY, theme);
  themeStore.set(theme);
  applyTheme(theme);
}

export const toggleTheme = () => setTheme(themeStore.get() === 'dark' ? 'light' : 'dark');
export const useTheme = () => useStore(themeStore, (t) => t);
