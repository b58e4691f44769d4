import type { StylesheetJson } from 'cytoscape';

export type GraphColors = { bg: string; label: string; labelBg: string; edge: string; accent: string; muted: string };

/** Reads the theme's colours from CSS custom properties, so the canvas follows the light/dark theme. */
export function readGraphColors(el: Element): GraphColors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--graph-bg', '#ffffff'),
    label: v('--graph-label', '#1c2129'),
    labelBg: v('--graph-label-bg', '#ffffff'),
    edge: v('--graph-edge', '#9aa3b0'),
    accent: v('--accent', '#3b6ef5'),
    muted: v('--text-muted', '#5d6673'),
  };
}

export function graphStyle(c: GraphColors, big = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': c.bg,
        label: 'data(label)',
        color: c.label,
        'font-size': 11,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-background-color': c.labelBg,
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': big ? 8 : 0,
      },
    },
    {
      selector: 'node.suggested',
      style: { 'background-opacity': 0.45, 'border-style': 'dashed', 'border-width': 2, 'border-color': 'data(color)', color: c.muted },
    },
    {
      selector: 'edge',
      style: {
        width: big ? 1 : 1.5,
        'line-color': c.edge,
        'target-arrow-color': c.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': big ? 'haystack' : 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: c.muted,
        'text-rotation': 'autorotate',
        'text-background-color': c.labelBg,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': big ? 9 : 6,
      },
    },
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.suggested', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4], opacity: 0.75 } },
    {
      // Only small graphs select in cytoscape; a big graph's selection is drawn on an overlay (selectionOverlay.ts).
      selector: 'node:selected',
      style: { 'border-color': c.accent, 'border-width': 3, 'border-style': 'solid', 'overlay-opacity': 0, 'z-index': 20 },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': c.accent, 'target-arrow-color': c.accent, width: 3, color: c.accent, 'z-index': 20 },
    },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.25 } },
    { selector: 'node.neighbour', style: { 'border-color': c.accent, 'border-width': 2 } },
    { selector: '.filtered, .hidden', style: { display: 'none' } },
    { selector: 'node.found', style: { 'overlay-color': c.accent, 'overlay-opacity': 0.2, 'overlay-padding': 8 } },
    {
      selector: '.eh-handle',
      style: { 'background-color': c.accent, width: 10, height: 10, shape: 'ellipse', 'overlay-opacity': 0, 'border-width': 0, label: '' },
    },
    { selector: '.eh-hover', style: { 'border-color': c.accent, 'border-width': 3 } },
    { selector: '.eh-source', style: { 'border-color': c.accent, 'border-width': 3 } },
    { selector: '.eh-target', style: { 'border-color': c.accent, 'border-width': 3 } },
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: { 'line-color': c.accent, 'target-arrow-color': c.accent, 'target-arrow-shape': 'triangle', 'line-style': 'dashed', label: '' },
    },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
  ];
}
