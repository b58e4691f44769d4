import type { CollectionReturnValue, Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { createId, type Case, type Position } from '../../../../shared/model';
import { dispatch, select, workbench, type Selection } from '../../store/workbench';
import { caseToElements, edgeDef, nodeDef, recordDelta } from './caseToElements';
import { graphBridge, graphUi, patchGraphUi, resetGraphBridge, type GraphUi, type LayoutName } from './graphUi';
import { runLayout } from './layouts';
import { OFF_THREAD_NODES, runLayoutOffThread } from './layoutOffThread';
import { applyFilters } from './graphFilters';
import { buildInSlices, SLICED_BUILD_ELEMENTS } from './graphBuild';
import { applyLabelScale, fitView, fitZoomFor, freePosition, labelScaleFor, placeNear, reveal } from './graphViewport';
import { changedPositions } from './positions';
import { SelectionOverlay } from './selectionOverlay';
import { installViewCulling, type ViewCulling } from './viewCulling';

export type MenuTarget = { kind: 'node' | 'edge'; id: string; x: number; y: number };

const FADE_LIMIT = 1500;
/** Above this many changed records an edit is synced by the full diff (an automatic pass, an import). */
const DELTA_LIMIT = 2000;
/**
 * A big graph opens at a zoom where nodes can be told apart, not as a hairball of dots: it is also far cheaper
 * to draw, since only what is in view is painted. "Fit" still shows everything.
 */
const BIG_MIN_ZOOM = 0.3;

const isHelper = (el: { classes: () => string[] }) => el.classes().some((c) => c.startsWith('eh-'));
/** Hidden by the stylesheet (`.filtered, .hidden` have display: none); a class test, not a style lookup. */
const hiddenByClass = (el: { hasClass: (c: string) => boolean }) => el.hasClass('filtered') || el.hasClass('hidden');

/**
 * Binds one cytoscape instance to the workbench: the case becomes elements (diffed, never rebuilt), the shared
 * selection becomes selected nodes with their neighbourhood emphasised (on a big graph: drawn on an overlay), and
 * gestures become ops.
 */
export class GraphController {
  private lastCase: Case | null = null;
  /** Where automatic placement put nodes that have no saved position, so undoing their first move puts them back. */
  private auto = new Map<string, Position>();
  private lastSelection: Selection | null = null;
  /** Whether the selection is shown on the overlay (a big graph) rather than by selecting elements in cytoscape. */
  private bigSelection = false;
  private overlay: SelectionOverlay | null = null;
  private selecting = false;
  private unsubscribe: (() => void)[] = [];
  private dragTimer: ReturnType<typeof setTimeout> | undefined;
  private labelScale = 1;
  private labelFrame = 0;
  private cancelLayout: (() => void) | null = null;
  /** Set while a big case's first build is under way in slices; store changes wait for it to end. */
  private cancelBuild: (() => void) | null = null;
  private readonly culling: ViewCulling;
  /** Saves a finished layout's positions now, when that is still to happen in a task of its own. */
  private pendingSave: (() => void) | null = null;

  /** `drawn` runs once, at the first frame painted with the whole case's graph in it (the bench's mark). */
  constructor(
    private readonly cy: Core,
    private readonly openMenu: (t: MenuTarget | null) => void,
    private readonly drawn: () => void = () => {},
  ) {
    this.bindEvents();
    // A big graph's frames draw only what can be in view (cytoscape visits every element in every frame).
    this.culling = installViewCulling(cy);
    this.unsubscribe.push(this.culling.dispose);
    this.unsubscribe.push(workbench.subscribe(() => this.onStore()));
    // Filters are re-applied when they change, not on every graph UI change (build progress, layout state, draw mode).
    let filters = filterKey(graphUi.get());
    this.unsubscribe.push(
      graphUi.subscribe(() => {
        const next = filterKey(graphUi.get());
        if (next.every((v, i) => v === filters[i])) return;
        filters = next;
        applyFilters(this.cy, graphUi.get());
      }),
    );
    // The label scale is set while the graph is still empty (restyling every element afterwards costs as much as drawing them).
    this.scaleLabels(true);
    this.onStore();
    if (!this.cancelBuild) this.whenDrawn();
    cy.on('zoom', () => {
      cancelAnimationFrame(this.labelFrame);
      this.labelFrame = requestAnimationFrame(() => this.scaleLabels(false));
    });
    graphBridge.current = {
      fit: () => this.fit(0),
      zoom: (f) => cy.animate({ zoom: { level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 }),
      focus: (id) => this.focus(id),
      runLayout: (name) => this.layout(name, true),
      cancelLayout: () => this.cancelLayout?.(),
      freePosition: () => freePosition(cy),
      expand: (id) => this.expand(id),
      startLink: () => patchGraphUi({ drawMode: true }),
      instance: () => cy,
    };
  }


  /**
   * Set on a big case's first open: its labels keep the stylesheet's size. Rescaling them restyles every element
   * (seconds for 70,000, at each step of a zoom), and at the zoom a big graph opens at they are below
   * min-zoomed-font-size anyway; they appear when the analyst zooms in.
   */
  private fixedLabels = false;

  scaleLabels(force: boolean, zoom = this.cy.zoom()): void {
    if (this.fixedLabels) return;
    const k = labelScaleFor(zoom);
    if (!force && Math.abs(k - this.labelScale) < 0.08) return;
    this.labelScale = k;
    applyLabelScale(this.cy, k);
  }

  dispose(): void {
    // A layout's result not yet saved is saved now, not lost.
    this.pendingSave?.();
    cancelAnimationFrame(this.labelFrame);
    this.cancelLayout?.();
    this.cancelBuild?.();
    this.cancelBuild = null;
    patchGraphUi({ building: null });
    this.unsubscribe.forEach((u) => u());
    this.overlay?.dispose();
    clearTimeout(this.dragTimer);
    resetGraphBridge();
  }

  private onStore(): void {
    const s = workbench.get();
    if (!s || this.cancelBuild) return;
    if (s.case !== this.lastCase) this.syncElements(s.case);
    if (s.selection !== this.lastSelection) this.syncSelection(s.selection);
  }

  private syncElements(c: Case): void {
    const prev = this.lastCase;
    // Most edits (a mention, a source, a claim, a move) leave entities, links and types as they were: the
    // graph then needs at most some positions, not a diff of all 70,000 elements of a big case.
    if (prev && c.entities === prev.entities && c.relations === prev.relations && c.entityTypes === prev.entityTypes) {
      this.lastCase = c;
      if (c.layout.positions !== prev.layout.positions) this.syncPositions(c.layout.positions, prev.layout.positions);
      return;
    }
    // An edit of some entities or links (a rename, a grade, a merge, an accepted suggestion): only their elements
    // are rebuilt and compared, not all 70,000 of a big case.
    if (prev && c.entityTypes === prev.entityTypes) {
      const nodes = recordDelta(prev.entities, c.entities);
      const edges = recordDelta(prev.relations, c.relations);
      const touched = nodes.changed.length + nodes.removed.length + edges.changed.length + edges.removed.length;
      if (touched <= DELTA_LIMIT) {
        this.lastCase = c;
        const before = prev.layout.positions;
        const defs = [...nodes.changed.map((e) => nodeDef(c, e)), ...edges.changed.map(edgeDef)];
        let unplaced: string[] = [];
        this.cy.batch(() => {
          for (const id of [...edges.removed, ...nodes.removed]) this.cy.getElementById(id).remove();
          unplaced = this.updateElements(defs, before);
        });
        if (c.layout.positions !== before) this.syncPositions(c.layout.positions, before);
        const scope = this.cy.collection();
        for (const d of defs) scope.merge(this.cy.getElementById(d.data.id!));
        this.afterSync(false, unplaced, true, scope);
        return;
      }
    }
    const first = this.lastCase === null;
    const before = this.lastCase?.layout.positions ?? {};
    this.lastCase = c;
    const cy = this.cy;
    const defs = caseToElements(c);
    const unplaced: string[] = [];
    // A first open with saved positions: scale labels for the zoom the fit below will pick, before any element exists.
    const fit = first ? fitFor(cy, defs, defs.length > FADE_LIMIT ? BIG_MIN_ZOOM : 0) : null;
    if (first && defs.length > FADE_LIMIT) {
      // The label scale set in the constructor (for zoom 1) is the stylesheet's own.
      this.fixedLabels = true;
    } else if (fit) this.scaleLabels(false, fit.zoom);
    if (first && defs.length > SLICED_BUILD_ELEMENTS && cy.elements().empty()) {
      // The view is set while the graph is empty (fitting afterwards would style and measure every element in one go).
      if (fit) cy.viewport(fit);
      this.cancelBuild = buildInSlices(cy, defs, {
        progress: (p) => patchGraphUi({ building: p }),
        done: () => {
          this.cancelBuild = null;
          patchGraphUi({ building: null });
          this.afterSync(true, defs.filter((d) => d.group === 'nodes' && !d.position).map((d) => d.data.id!), !fit);
          this.whenDrawn();
          // Edits and selections made while the graph was being built.
          this.lastSelection = null;
          this.onStore();
        },
      });
      return;
    }
    cy.batch(() => {
      const want = new Set(defs.map((d) => d.data.id!));
      cy.elements().forEach((el) => {
        if (!isHelper(el) && !want.has(el.id())) el.remove();
      });
      // getElementById builds an empty collection for every id it lacks: on a first open that is every element.
      if (cy.elements().empty()) {
        for (const d of defs) if (d.group === 'nodes' && !d.position) unplaced.push(d.data.id!);
        cy.add(defs);
      } else unplaced.push(...this.updateElements(defs, before));
    });
    this.afterSync(first, unplaced, true);
  }

  /** Add the definitions that have no element yet and bring the others up to date; returns the new nodes without a position. */
  private updateElements(defs: ElementDefinition[], before: Record<string, Position>): string[] {
    const cy = this.cy;
    const add: ElementDefinition[] = [];
    const unplaced: string[] = [];
    for (const d of defs) {
      const id = d.data.id!;
      const el = cy.getElementById(id);
      if (el.empty()) {
        add.push(d);
        if (d.group === 'nodes' && !d.position) unplaced.push(id);
        continue;
      }
      if (d.group === 'edges' && (el.data('source') !== d.data.source || el.data('target') !== d.data.target))
        (el as unknown as { move: (l: object) => void }).move({ source: d.data.source, target: d.data.target });
      for (const [k, v] of Object.entries(d.data)) if (el.data(k) !== v) el.data(k, v);
      // Setting classes restyles the element even when they are unchanged: only touch those that differ.
      const classes = mergeClasses(el.classes(), d.classes as string);
      if (!sameClasses(el.classes(), classes)) el.classes(classes);
      const p = d.position ?? (before[id] ? this.auto.get(id) : undefined);
      if (p && el.isNode()) {
        const cur = el.position();
        if (cur.x !== p.x || cur.y !== p.y) el.position(p);
      }
    }
    if (add.length) cy.add(add);
    return unplaced;
  }

  /**
   * Whether the graph is big: its selection is then drawn on an overlay and its view kept at a readable zoom. Read
   * from the case (counting cytoscape's 70,000 elements builds a collection of all of them).
   */
  private big(): boolean {
    const c = this.lastCase;
    return !!c && c.entities.length + c.relations.length > FADE_LIMIT;
  }

  /** Fit what is shown; a big graph jumps to the fit computed from node positions (measuring and animating 70,000 elements takes seconds). */
  private fit(minZoom = 0): void {
    const cy = this.cy;
    if (!this.big()) return fitView(cy, true);
    const shown = cy.nodes().filter((n) => !hiddenByClass(n)).map((n) => ({ group: 'nodes' as const, data: {}, position: (n as NodeSingular).position() }));
    const view = fitFor(cy, shown, minZoom);
    if (view) cy.viewport(view);
  }

  /** Saved positions changed (a move, a layout, their undo): nodes go where the case now says. */
  private syncPositions(next: Record<string, Position>, before: Record<string, Position>): void {
    const cy = this.cy;
    const moves: [NodeSingular, Position][] = [];
    const want = (id: string, p: Position | undefined) => {
      const n = cy.getElementById(id) as NodeSingular;
      if (!p || n.empty() || !n.isNode()) return;
      const cur = n.position();
      if (cur.x !== p.x || cur.y !== p.y) moves.push([n, p]);
    };
    for (const id in next) if (next[id] !== before[id]) want(id, next[id]);
    // A saved position taken back (the undo of a first move) returns the node to where it was placed automatically.
    for (const id in before) if (!(id in next)) want(id, this.auto.get(id));
    if (!moves.length) return;
    cy.batch(() => moves.forEach(([n, p]) => n.position(p)));
  }

  /** Filters, then a layout for many unplaced nodes or a spot for a few, then the first fit when not set already. */
  private afterSync(first: boolean, unplaced: string[], fitNeeded: boolean, scope?: CollectionReturnValue): void {
    const cy = this.cy;
    applyFilters(cy, graphUi.get(), scope);
    // Many new nodes at once (a first open, an automatic pass) get a proper layout; a few are placed by hand.
    const many = unplaced.length > 3 && unplaced.length >= 0.3 * cy.nodes().length;
    if ((first && unplaced.length === cy.nodes().length) || (!first && many)) this.layout(graphUi.get().layout, false);
    else if (unplaced.length) {
      placeNear(cy, unplaced);
      this.remember(unplaced);
    }
    // A big graph whose nodes all had saved positions already has its view (set from them before the build).
    if (first && fitNeeded && unplaced.length < cy.nodes().length) fitView(cy, false, this.big() ? BIG_MIN_ZOOM : 0);
  }

  /**
   * Calls `drawn` after the next render of the graph (and the frames that complete an overview's links, when the
   * graph is drawn as one), one frame later (when the browser has painted it).
   */
  private whenDrawn(): void {
    this.cy.one('render', () => this.culling.settled(() => requestAnimationFrame(() => this.drawn())));
    (this.cy as unknown as { renderer?: () => { redraw?: () => void } | null }).renderer?.()?.redraw?.();
  }





  private syncSelection(sel: Selection): void {
    this.lastSelection = sel;
    const cy = this.cy;
    const big = this.big();
    if (big !== this.bigSelection) this.selectionMode(big);
    if (big) return this.overlay!.show(sel);
    cy.batch(() => {
      cy.elements(':selected').unselect();
      cy.elements('.faded, .neighbour').removeClass('faded neighbour');
      const picked = cy.collection();
      for (const id of [...sel.entities, ...sel.relations]) picked.merge(cy.getElementById(id));
      picked.select();
      if (picked.empty()) return;
      const hood = picked.union(picked.nodes().closedNeighborhood()).union(picked.edges().connectedNodes());
      hood.nodes().difference(picked).addClass('neighbour');
      cy.elements().difference(hood).addClass('faded');
    });
    if (!this.selecting) reveal(cy, [...sel.entities, ...sel.relations]);
  }

  /**
   * A big graph shows its selection on an overlay (selectionOverlay.ts): its elements are never selected or
   * restyled in cytoscape, whose canvas would draw all of them again for each click. The view stays where the
   * analyst put it; a selection out of view gets a button to bring it in.
   */
  private selectionMode(big: boolean): void {
    const cy = this.cy;
    this.bigSelection = big;
    if (big) {
      cy.batch(() => {
        cy.elements(':selected').unselect();
        cy.elements('.faded, .neighbour').removeClass('faded neighbour');
      });
      cy.autounselectify(true);
      this.overlay ??= new SelectionOverlay(cy);
    } else {
      cy.autounselectify(false);
      this.overlay?.clear();
    }
  }

  private selectFromGraph(sel: Selection): void {
    this.selecting = true;
    try {
      select(sel);
    } finally {
      this.selecting = false;
    }
  }

  private focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    node.removeClass('hidden filtered');
    this.selectFromGraph({ entities: [id], relations: [] });
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.1) }, { duration: 250 });
  }

  private expand(id: string): void {
    const node = this.cy.getElementById(id) as NodeSingular;
    const hood = node.closedNeighborhood();
    const ids = new Set(hood.map((e) => e.id()));
    patchGraphUi({ hidden: graphUi.get().hidden.filter((h) => !ids.has(h)) });
    hood.removeClass('filtered');
    this.selectFromGraph({ entities: hood.nodes().map((n) => n.id()), relations: [] });
  }

  private layout(name: LayoutName, save: boolean): void {
    // Not on a half-built graph: the nodes still to come would keep their saved places.
    if (this.cancelBuild) return;
    this.pendingSave?.();
    const cy = this.cy;
    const saved = workbench.get()?.case.layout.positions ?? {};
    const seed = cy.nodes().toArray().some((n) => !saved[n.id()]);
    // Not `:visible`: that asks each of a big graph's 70,000 elements for its style, most of this click. What the
    // stylesheet hides (display: none) is what has these classes, and the links to it.
    const eles = cy.elements().filter((e) => !hiddenByClass(e) && !isHelper(e) && (e.isNode() || (!hiddenByClass(e.source()) && !hiddenByClass(e.target()))));
    const finished = (ok: boolean) => {
      this.cancelLayout = null;
      patchGraphUi({ busy: false, layoutStarted: null });
      if (!ok) return;
      // A big graph is shown as on opening (nodes that can be told apart, around the middle): drawing all of it
      // at once costs seconds in cytoscape's canvas; Fit still shows everything.
      this.fit(this.big() ? BIG_MIN_ZOOM : 0);
      // Saved in a task of its own: reading and comparing 20,000 positions is a long task of its own.
      const keep = () => {
        this.pendingSave = null;
        if (save) this.savePositions(`Layout (${name})`);
        else this.remember(cy.nodes().map((n) => n.id()));
      };
      if (!this.big()) return keep();
      const timer = setTimeout(keep, 0);
      this.pendingSave = () => {
        clearTimeout(timer);
        keep();
      };
    };
    this.cancelLayout?.();
    // A big graph's layout takes seconds: it runs in a worker, with elapsed time and Cancel in the toolbar.
    if (eles.nodes().length > OFF_THREAD_NODES) {
      patchGraphUi({ busy: true, layout: name, layoutStarted: performance.now() });
      this.cancelLayout = runLayoutOffThread(cy, eles, name, finished);
      return;
    }
    patchGraphUi({ busy: true, layout: name });
    runLayout(eles, name, seed, () => finished(true));
  }

  private remember(ids: string[]): void {
    for (const id of ids) this.auto.set(id, { ...this.cy.getElementById(id).position() });
  }

  private savePositions(label: string): void {
    const s = workbench.get();
    if (!s) return;
    const current: Record<string, Position> = {};
    this.cy.nodes().forEach((n) => {
      if (!isHelper(n)) current[n.id()] = n.position();
    });
    const changed = changedPositions(current, s.case.layout.positions);
    if (Object.keys(changed).length) dispatch({ op: 'setPositions', positions: changed }, label);
  }


  private bindEvents(): void {
    const cy = this.cy;
    cy.on('tap', 'node, edge', (e: EventObject) => {
      if (isHelper(e.target)) return;
      const ev = e.originalEvent as MouseEvent | undefined;
      const additive = ev && (ev.shiftKey || ev.ctrlKey || ev.metaKey);
      const cur = workbench.get()?.selection ?? { entities: [], relations: [] };
      const id = e.target.id() as string;
      const key = e.target.isNode() ? 'entities' : 'relations';
      if (!additive) return this.selectFromGraph({ entities: [], relations: [], [key]: [id] });
      const list = cur[key].includes(id) ? cur[key].filter((x) => x !== id) : [...cur[key], id];
      this.selectFromGraph({ ...cur, [key]: list });
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.selectFromGraph({ entities: [], relations: [] });
      this.openMenu(null);
    });
    // A box selection: cytoscape emits `boxend`, then `box` on each element in the box (and selects those it may).
    let boxed = cy.collection();
    cy.on('box', 'node, edge', (e: EventObject) => {
      if (!isHelper(e.target)) boxed.merge(e.target);
    });
    cy.on('boxend', () => {
      setTimeout(() => {
        // A big graph's elements are never selected in cytoscape (see selectionMode): take what was in the box.
        const sel = this.bigSelection ? boxed : cy.elements(':selected').filter((e) => !isHelper(e));
        boxed = cy.collection();
        this.selectFromGraph({ entities: sel.nodes().map((n) => n.id()), relations: sel.edges().map((x) => x.id()) });
      }, 0);
    });
    cy.on('dragfree', 'node', () => {
      clearTimeout(this.dragTimer);
      this.dragTimer = setTimeout(() => this.savePositions('Move nodes'), 0);
    });
    cy.on('cxttap', 'node, edge', (e: EventObject) => {
      if (isHelper(e.target)) return;
      const ev = e.originalEvent as MouseEvent;
      const id = e.target.id() as string;
      const sel = workbench.get()?.selection;
      if (!sel?.entities.includes(id) && !sel?.relations.includes(id))
        this.selectFromGraph(e.target.isNode() ? { entities: [id], relations: [] } : { entities: [], relations: [id] });
      this.openMenu({ kind: e.target.isNode() ? 'node' : 'edge', id, x: ev.clientX, y: ev.clientY });
    });
    cy.on('ehcomplete', (_e: EventObject, source: NodeSingular, target: NodeSingular, added: { remove: () => void }) => {
      added.remove();
      const id = createId('rel');
      const ok = dispatch({
        op: 'addRelation',
        relation: { id, source: source.id(), target: target.id(), type: 'associated with', directed: true, evidence: [], status: 'accepted' },
      });
      if (ok) this.selectFromGraph({ entities: [], relations: [id] });
    });
  }
}

/** What applyFilters reads from the graph UI; each store update replaces the arrays it changes. */
const filterKey = (ui: GraphUi) => [ui.hiddenTypes, ui.hidden, ui.showAccepted, ui.showSuggested] as const;

const sameClasses = (a: string[], b: string[]) => a.length === b.length && a.every((c) => b.includes(c));

/** The view fitView will pick for these elements, from their saved positions; null when some have none. */
function fitFor(cy: Core, defs: ElementDefinition[], minZoom: number): { zoom: number; pan: Position } | null {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const d of defs) {
    if (d.group !== 'nodes') continue;
    if (!d.position) return null;
    x1 = Math.min(x1, d.position.x); y1 = Math.min(y1, d.position.y);
    x2 = Math.max(x2, d.position.x); y2 = Math.max(y2, d.position.y);
  }
  if (x1 === Infinity) return null;
  const zoom = fitZoomFor(cy, { w: x2 - x1, h: y2 - y1 }, minZoom);
  return { zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } };
}

function mergeClasses(current: string[], wanted: string): string[] {
  const keep = current.filter((c) => ['faded', 'neighbour', 'filtered', 'hidden', 'found'].includes(c) || c.startsWith('eh-'));
  return [...keep, ...wanted.split(' ').filter(Boolean)];
}
