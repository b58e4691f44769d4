import type { Collection, LayoutOptions } from 'cytoscape';
import type { LayoutName } from './graphUi';

/** Layout options scaled to the graph: big graphs skip animation and use fcose's draft quality. */
export function layoutOptions(name: LayoutName, nodes: number): LayoutOptions {
  const animate = nodes <= 300;
  const common = { animate, animationDuration: 350, fit: false, padding: 40 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        // fcose's force pass takes minutes past ~1,000 nodes; its spectral draft takes seconds. The draft only
        // exists with randomize (without it fcose has no positions to start from and throws).
        quality: nodes > 800 ? 'draft' : 'default',
        randomize: nodes > 800,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        packComponents: true,
        numIter: nodes > 800 ? 1200 : 2500,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 36,
        concentric: (n: { degree: (b: boolean) => number }) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlapPadding: 30 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: true, spacingFactor: 1.2 } as LayoutOptions;
  }
}

/**
 * Runs a layout on the given elements. fcose starts from the current positions (deterministic), so nodes
 * that have none are first seeded on a circle; without that it would line them up on a diagonal.
 */
export function runLayout(eles: Collection, name: LayoutName, seed: boolean, done: () => void): void {
  const nodes = eles.nodes().length;
  if (nodes === 0) return done();
  if (name === 'fcose' && seed) eles.layout({ name: 'circle', animate: false, fit: false } as LayoutOptions).run();
  const layout = eles.layout(layoutOptions(name, nodes));
  layout.one('layoutstop', () => done());
  layout.run();
}
