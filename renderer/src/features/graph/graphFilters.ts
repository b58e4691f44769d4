import type { Core } from 'cytoscape';
import type { GraphUi } from './graphUi';

const isHelper = (el: { classes: () => string[] }) => el.classes().some((c) => c.startsWith('eh-'));

/** Type and status filters and hand-hidden elements, as classes the stylesheet turns into display: none. */
export function applyFilters(cy: Core, ui: GraphUi): void {
  const hiddenTypes = new Set(ui.hiddenTypes);
  const hidden = new Set(ui.hidden);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (isHelper(n)) return;
      const status = n.data('status') as string;
      const off = hiddenTypes.has(n.data('type')) || (status === 'accepted' ? !ui.showAccepted : !ui.showSuggested);
      n.toggleClass('filtered', off);
      n.toggleClass('hidden', hidden.has(n.id()));
    });
    cy.edges().forEach((e) => {
      if (isHelper(e)) return;
      const off = e.data('status') === 'accepted' ? !ui.showAccepted : !ui.showSuggested;
      e.toggleClass('filtered', off);
      e.toggleClass('hidden', hidden.has(e.id()));
    });
  });
}
