import type { Case } from '../model/schema';

/**
 * Colours of the default entity types, used where the case defines none. Kept here (not in the renderer)
 * so that exports written by the CLI look like the screen without a browser.
 */
export const DEFAULT_TYPE_COLORS: Record<string, string> = {
  person: '#4e79a7',
  organization: '#f28e2b',
  country: '#59a14f',
  location: '#76b7b2',
  event: '#e15759',
  date: '#b07aa1',
  other: '#9c755f',
};
const FALLBACK = '#8c8c8c';

export function typeColor(c: Case, type: string): string {
  return c.entityTypes?.find((t) => t.id === type)?.color ?? DEFAULT_TYPE_COLORS[type] ?? FALLBACK;
}

export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function hexColor(r: number, g: number, b: number): string {
  const h = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}
