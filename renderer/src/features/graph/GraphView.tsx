import cytoscape, { type Core } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef } from 'react';
import { themeStore } from '../../lib/theme';
import { workbench } from '../../store/workbench';
import { GraphController, type MenuTarget } from './graphController';
import { graphStyle, readGraphColors } from './graphStyle';
import { graphUi } from './graphUi';

cytoscape.use(fcose);
cytoscape.use(edgehandles);
cytoscape.use(svg);

const BIG = 1500;

/** The one owner of the cytoscape instance; React never holds it in state. */
export function GraphView({ onMenu }: { onMenu: (t: MenuTarget | null) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const menu = useRef(onMenu);
  menu.current = onMenu;

  useEffect(() => {
    const el = container.current!;
    const size = (workbench.get()?.case.entities.length ?? 0) + (workbench.get()?.case.relations.length ?? 0);
    const big = size > BIG;
    const cy: Core = cytoscape({
      container: el,
      style: graphStyle(readGraphColors(el), big),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      hideEdgesOnViewport: big,
      textureOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
    });
    // The controller starts once the pane has a size, so the first fit and layout see the real viewport.
    let controller: GraphController | null = null;
    const eh = cy.edgehandles({
      canConnect: (s, t) => !s.same(t),
      edgeParams: () => ({ data: { label: '' } }),
      hoverDelay: 80,
      snap: true,
      snapThreshold: 16,
      noEdgeEventsInDraw: true,
      disableBrowserGestures: true,
    });
    let drawMode = false;
    const applyDrawMode = () => {
      const want = graphUi.get().drawMode;
      if (want === drawMode) return;
      drawMode = want;
      if (want) eh.enableDrawMode();
      else eh.disableDrawMode();
      el.classList.toggle('draw-mode', want);
    };
    const offUi = graphUi.subscribe(applyDrawMode);
    const offTheme = themeStore.subscribe(() =>
      requestAnimationFrame(() => {
        cy.style(graphStyle(readGraphColors(el), big) as never);
        controller?.scaleLabels(true);
      }),
    );
    const resize = new ResizeObserver(() => {
      cy.resize();
      if (!controller && el.clientWidth > 0 && el.clientHeight > 0) {
        // The bench measures the open up to the first frame the browser paints with the whole graph drawn in it
        // (a big case is built in slices: the mark waits for the last one, not the first).
        controller = new GraphController(cy, (t) => menu.current(t), () => performance.mark('caseboard:graph-first-frame'));
      }
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      offUi();
      offTheme();
      controller?.dispose();
      eh.destroy();
      cy.destroy();
    };
  }, []);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
