import type { Position } from '../../../../shared/model';
import { createStore } from '../../lib/createStore';

export const LAYOUTS = ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export type GraphUi = {
  hiddenTypes: readonly string[];
  showAccepted: boolean;
  showSuggested: boolean;
  /** Elements the analyst hid from the picture (not from the case). */
  hidden: readonly string[];
  drawMode: boolean;
  layout: LayoutName;
  busy: boolean;
  /** When a layout running off the UI thread started (performance.now()), for the toolbar's progress; null otherwise. */
  layoutStarted: number | null;
  /** Work on a big graph done in slices (the build on open, a layout's result): items done so far of all; null otherwise. */
  building: { done: number; total: number; label?: string } | null;
};

export const graphUi = createStore<GraphUi>({
  hiddenTypes: [],
  showAccepted: true,
  showSuggested: true,
  hidden: [],
  drawMode: false,
  layout: 'fcose',
  busy: false,
  layoutStarted: null,
  building: null,
});

export const patchGraphUi = (patch: Partial<GraphUi>) => graphUi.set((s) => ({ ...s, ...patch }));

export function toggleType(type: string): void {
  graphUi.set((s) => ({
    ...s,
    hiddenTypes: s.hiddenTypes.includes(type) ? s.hiddenTypes.filter((t) => t !== type) : [...s.hiddenTypes, type],
  }));
}

/** What the rest of the workbench may ask of the graph; filled in while the graph is on screen. */
export type GraphBridge = {
  fit: () => void;
  zoom: (factor: number) => void;
  focus: (entityId: string) => void;
  runLayout: (name: LayoutName) => void;
  /** Stops a layout running off the UI thread; the nodes stay where they were. */
  cancelLayout: () => void;
  freePosition: () => Position | undefined;
  expand: (entityId: string) => void;
  startLink: (entityId: string) => void;
  /** The cytoscape instance, for exporters (cy.png(), cy.svg()); null while the graph is not on screen. */
  instance: () => import('cytoscape').Core | null;
};

const noop: GraphBridge = {
  fit: () => {},
  zoom: () => {},
  focus: () => {},
  runLayout: () => {},
  cancelLayout: () => {},
  freePosition: () => undefined,
  expand: () => {},
  startLink: () => {},
  instance: () => null,
};

export const graphBridge: { current: GraphBridge } = { current: noop };
export const resetGraphBridge = () => {
  graphBridge.current = noop;
};
