import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import type { GraphUi } from './graphUi';

const isHelper = (el: { classes: () => string[] }) => el.classes().some((c) => c.startsWith('eh-'));

/**
 * Type and status filters and hand-hidden elements, as classes the stylesheet turns into display: none.
 * Only elements whose classes change are touched: cytoscape's toggleClass restyles (and emits on) every
 * element it is given, even when its class is already as asked, which on a big graph costs a full restyle.
 */
/** Filter classes from the graph UI's state; `only` limits the check to some elements (those an edit changed). */
export function applyFilters(cy: Core, ui: GraphUi, only?: CollectionReturnValue): void {
  const hiddenTypes = new Set(ui.hiddenTypes);
  const hidden = new Set(ui.hidden);
  const flip = { filteredOn: [] as SingularElementArgument[], filteredOff: [] as SingularElementArgument[], hiddenOn: [] as SingularElementArgument[], hiddenOff: [] as SingularElementArgument[] };
  const want = (el: SingularElementArgument, off: boolean) => {
    if (el.hasClass('filtered') !== off) (off ? flip.filteredOn : flip.filteredOff).push(el);
    const hide = hidden.has(el.id());
    if (el.hasClass('hidden') !== hide) (hide ? flip.hiddenOn : flip.hiddenOff).push(el);
  };
  (only ? only.nodes() : cy.nodes()).forEach((n) => {
    if (isHelper(n)) return;
    const status = n.data('status') as string;
    want(n, hiddenTypes.has(n.data('type')) || (status === 'accepted' ? !ui.showAccepted : !ui.showSuggested));
  });
  (only ? only.edges() : cy.edges()).forEach((e) => {
    if (isHelper(e)) return;
    want(e, e.data('status') === 'accepted' ? !ui.showAccepted : !ui.showSuggested);
  });
  if (!flip.filteredOn.length && !flip.filteredOff.length && !flip.hiddenOn.length && !flip.hiddenOff.length) return;
  cy.batch(() => {
    cy.collection(flip.filteredOn as never).addClass('filtered');
    cy.collection(flip.filteredOff as never).removeClass('filtered');
    cy.collection(flip.hiddenOn as never).addClass('hidden');
    cy.collection(flip.hiddenOff as never).removeClass('hidden');
  });
}
