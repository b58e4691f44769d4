import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Selection } from '../../store/workbench';
import { readGraphColors } from './graphStyle';

/**
 * The selection of a big graph, drawn on a canvas of its own above cytoscape's.
 *
 * Styling an element in cytoscape (`:selected`, a class) makes its 2D canvas renderer draw every element again:
 * for 70,000 elements that is one task of about a second on a machine without a GPU, on every click in the
 * table. Here the selected nodes and links, their neighbours and the labels of all of them are painted on a
 * transparent canvas that follows cytoscape's view, so a selection costs a few hundred strokes, and the
 * labels of the selection's neighbourhood are readable at any zoom (a big graph's own labels only show when
 * zoomed in). A selection out of view gets a button that brings it into view instead of the graph jumping
 * on every click.
 */
export class SelectionOverlay {
  private readonly canvas: HTMLCanvasElement;
  private readonly offscreen: HTMLButtonElement;
  private nodes: NodeSingular[] = [];
  private edges: EdgeSingular[] = [];
  /** The links selected themselves (the rest of `edges` join a selected node to its neighbours). */
  private picked = new Set<EdgeSingular>();
  private neighbours: NodeSingular[] = [];
  private frame = 0;
  private readonly onRender = () => this.draw();

  /** Neighbours (and the links to them) drawn per selection; beyond it the rest are left to the graph. */
  static readonly MAX_NEIGHBOURS = 300;
  /** Neighbour labels drawn per selection (the selection's own are always drawn). */
  static readonly MAX_LABELS = 60;

  constructor(private readonly cy: Core) {
    const host = cy.container()!;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'graph-overlay';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.offscreen = document.createElement('button');
    this.offscreen.type = 'button';
    this.offscreen.className = 'graph-offscreen';
    this.offscreen.hidden = true;
    this.offscreen.addEventListener('click', () => this.reveal());
    host.append(this.canvas);
    // The button sits beside cytoscape's container, not in it: cytoscape reads every press in its container as a
    // tap on the graph (a press on the background would clear the selection the button is about).
    (host.parentElement ?? host).append(this.offscreen);
    // cytoscape emits `render` after each frame it paints (pan, zoom, drag, layout): the overlay follows it.
    cy.on('render', this.onRender);
  }

  /** Shows this selection (an empty one clears the overlay). */
  show(sel: Selection): void {
    const cy = this.cy;
    const nodes: NodeSingular[] = [];
    const edges = new Set<EdgeSingular>();
    for (const id of sel.entities) {
      const n = cy.getElementById(id);
      if (n.nonempty() && n.isNode()) nodes.push(n as NodeSingular);
    }
    for (const id of sel.relations) {
      const e = cy.getElementById(id);
      if (e.nonempty() && e.isEdge()) edges.add(e as EdgeSingular);
    }
    this.picked = new Set(edges);
    const picked = new Set<NodeSingular>(nodes);
    const neighbours = new Set<NodeSingular>();
    const take = (n: NodeSingular) => {
      if (!picked.has(n) && neighbours.size < SelectionOverlay.MAX_NEIGHBOURS) neighbours.add(n);
      return picked.has(n) || neighbours.has(n);
    };
    for (const n of nodes)
      n.connectedEdges().forEach((e) => {
        if (take(e.source() as NodeSingular) && take(e.target() as NodeSingular)) edges.add(e as EdgeSingular);
      });
    for (const e of [...edges]) {
      take(e.source() as NodeSingular);
      take(e.target() as NodeSingular);
    }
    this.nodes = nodes;
    this.edges = [...edges];
    this.neighbours = [...neighbours];
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  clear(): void {
    this.show({ entities: [], relations: [] });
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.cy.off('render', this.onRender);
    this.canvas.remove();
    this.offscreen.remove();
  }

  /** The selection's elements that are on the graph and not hidden by a filter. */
  private shown(): { nodes: NodeSingular[]; edges: EdgeSingular[]; neighbours: NodeSingular[] } {
    const live = <T extends NodeSingular | EdgeSingular>(xs: T[]) => xs.filter((x) => !x.removed() && x.visible());
    return { nodes: live(this.nodes), edges: live(this.edges), neighbours: live(this.neighbours) };
  }

  private draw(): void {
    const cy = this.cy;
    const host = cy.container()!;
    const w = host.clientWidth;
    const h = host.clientHeight;
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(w * ratio) || this.canvas.height !== Math.round(h * ratio)) {
      this.canvas.width = Math.round(w * ratio);
      this.canvas.height = Math.round(h * ratio);
    }
    const g = this.canvas.getContext('2d')!;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, w, h);
    const { nodes, edges, neighbours } = this.shown();
    this.updateOffscreen(nodes, edges, w, h);
    // What was painted, for tests and tools: the ids of the selection drawn.
    this.canvas.dataset.shown = [...nodes, ...edges.filter((e) => this.picked.has(e))].map((x) => x.id()).join(' ');
    if (!nodes.length && !edges.length) return;

    const colors = readGraphColors(host);
    const zoom = cy.zoom();
    const pan = cy.pan();
    const at = (n: NodeSingular) => ({ x: n.position('x') * zoom + pan.x, y: n.position('y') * zoom + pan.y });
    const radius = (n: NodeSingular) => (n.width() * zoom) / 2;

    g.lineCap = 'round';
    g.strokeStyle = colors.accent;
    g.fillStyle = colors.accent;
    for (const e of edges) {
      const s = at(e.source() as NodeSingular);
      const t = at(e.target() as NodeSingular);
      g.globalAlpha = this.picked.has(e) ? 1 : 0.8;
      g.lineWidth = this.picked.has(e) ? 3 : 1.75;
      g.beginPath();
      g.moveTo(s.x, s.y);
      g.lineTo(t.x, t.y);
      g.stroke();
      if (!e.hasClass('undirected')) arrowhead(g, s, t, radius(e.target() as NodeSingular) + 2, 5 + g.lineWidth);
    }
    g.globalAlpha = 1;
    for (const n of neighbours) ring(g, at(n), radius(n) + 2.5, 2, colors.accent);
    for (const n of nodes) ring(g, at(n), radius(n) + 3.5, 3.5, colors.accent);

    const font = getComputedStyle(host).fontFamily || 'system-ui, sans-serif';
    const labelled = [...nodes.map((n) => [n, true] as const), ...neighbours.slice(0, SelectionOverlay.MAX_LABELS).map((n) => [n, false] as const)];
    for (const [n, own] of labelled) {
      const p = at(n);
      if (p.x < -200 || p.y < -40 || p.x > w + 200 || p.y > h + 40) continue;
      label(g, String(n.data('label') ?? ''), p.x, p.y + radius(n) + (own ? 6 : 5), `${own ? 600 : 500} ${own ? 12 : 11}px ${font}`, colors.label, colors.labelBg);
    }
  }

  /** The button that brings a selection out of view into view; hidden when some of it is in view. */
  private updateOffscreen(nodes: NodeSingular[], edges: EdgeSingular[], w: number, h: number): void {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const points = [...nodes, ...edges.filter((e) => this.picked.has(e)).flatMap((e) => [e.source() as NodeSingular, e.target() as NodeSingular])];
    const inView = points.some((n) => {
      const x = n.position('x') * zoom + pan.x;
      const y = n.position('y') * zoom + pan.y;
      return x >= 0 && y >= 0 && x <= w && y <= h;
    });
    const hide = points.length === 0 || inView;
    if (hide !== this.offscreen.hidden) this.offscreen.hidden = hide;
    if (hide) return;
    const name = nodes.length === 1 ? `“${String(nodes[0]!.data('label') ?? '')}”` : nodes.length ? `${nodes.length} selected entities` : 'the selected link';
    const text = `Show ${name} in the graph`;
    if (this.offscreen.textContent !== text) this.offscreen.textContent = text;
  }

  /** Centres the view on the selection, keeping the zoom (one redraw of the whole graph). */
  private reveal(): void {
    const { nodes, edges } = this.shown();
    const eles = this.cy.collection();
    nodes.forEach((n) => eles.merge(n));
    edges.filter((e) => this.picked.has(e)).forEach((e) => eles.merge(e.connectedNodes()));
    if (eles.nonempty()) this.cy.center(eles);
  }
}

function ring(g: CanvasRenderingContext2D, p: { x: number; y: number }, r: number, width: number, color: string): void {
  g.beginPath();
  g.arc(p.x, p.y, Math.max(r, 4), 0, Math.PI * 2);
  g.lineWidth = width;
  g.strokeStyle = color;
  g.stroke();
}

/** A filled arrowhead on the segment s → t, its tip `back` pixels short of t (at the target node's edge). */
function arrowhead(g: CanvasRenderingContext2D, s: { x: number; y: number }, t: { x: number; y: number }, back: number, size: number): void {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  if (len < back + size) return;
  const ux = dx / len;
  const uy = dy / len;
  const tip = { x: t.x - ux * back, y: t.y - uy * back };
  g.beginPath();
  g.moveTo(tip.x, tip.y);
  g.lineTo(tip.x - ux * size * 1.6 - uy * size * 0.8, tip.y - uy * size * 1.6 + ux * size * 0.8);
  g.lineTo(tip.x - ux * size * 1.6 + uy * size * 0.8, tip.y - uy * size * 1.6 - ux * size * 0.8);
  g.closePath();
  g.fill();
}

/** A label centred under a node, on a rounded background so it reads over the links. */
function label(g: CanvasRenderingContext2D, text: string, x: number, y: number, font: string, color: string, bg: string): void {
  if (!text) return;
  g.font = font;
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  const w = g.measureText(shown).width;
  const h = parseFloat(font.split(' ')[1]!) + 4;
  g.globalAlpha = 0.9;
  g.fillStyle = bg;
  g.beginPath();
  g.roundRect(x - w / 2 - 4, y, w + 8, h, 3);
  g.fill();
  g.globalAlpha = 1;
  g.fillStyle = color;
  g.textAlign = 'center';
  g.textBaseline = 'top';
  g.fillText(shown, x, y + 2);
}
