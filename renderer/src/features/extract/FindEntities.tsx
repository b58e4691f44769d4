import { useStore } from '../../lib/createStore';
import { useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { MenuButton, type MenuItem } from '../../ui/Menu';
import { cancelFindEntities, extractState, findEntities, setExtents, useExtents } from './extractState';

/** The "Mention extents" choice, as the pass's menu shows it (an example in the hint, more in the tooltip). */
const EXTENT_CHOICES = [
  {
    value: 'names',
    label: 'Names only (news style)',
    hint: 'Lavrov',
    title: 'A mention is the name alone, as news corpora (CoNLL, MUC) mark it: "Lavrov", "Iraq"',
  },
  {
    value: 'phrases',
    label: 'Whole noun phrases (ACE style)',
    hint: 'Russian Foreign Minister Lavrov',
    title: 'A mention is the whole noun phrase, as ACE and re3d mark it: "Russian Foreign Minister Lavrov", "northern Iraq"; "the government of Iraq" is an organisation of its own',
  },
] as const;

export function FindEntities() {
  const state = useStore(extractState, (s) => s);
  const hasSources = useWorkbench((s) => s.case.sources.length > 0);
  const readOnly = useWorkbench((s) => s.readOnly);
  const caseId = useWorkbench((s) => s.case.id);
  const extents = useExtents();
  if (state.running) {
    const pct = state.total ? Math.round((state.done / state.total) * 100) : 0;
    return (
      <div className="extract-progress" role="status" aria-live="polite">
        <span>Finding entities…</span>
        <progress max={state.total || 1} value={state.done} aria-label="Finding entities progress">
          {pct}%
        </progress>
        <span className="faint">
          {state.done}/{state.total}
        </span>
        <button type="button" className="btn small ghost" onClick={cancelFindEntities}>
          Cancel
        </button>
      </div>
    );
  }
  const items: MenuItem[] = [
    { label: 'In the current source', onSelect: () => void findEntities('current') },
    { label: 'In all sources', onSelect: () => void findEntities('all') },
    { kind: 'separator' },
    { kind: 'heading', label: 'Mention extents' },
    { kind: 'note', label: 'How much of the text a suggested mention marks' },
    ...EXTENT_CHOICES.map((x): MenuItem => ({ label: x.label, hint: x.hint, title: x.title, checked: extents === x.value, onSelect: () => setExtents(caseId, x.value) })),
  ];
  const marks = extents === 'phrases' ? 'whole noun phrases' : 'names only';
  return (
    <div className="split-btn">
      <button
        type="button"
        className="btn"
        disabled={!hasSources || readOnly}
        title={`Find entities and links in the current source (suggestions; mentions: ${marks})`}
        onClick={() => void findEntities('current')}
      >
        <Icon name="sparkles" /> Find entities
      </button>
      <MenuButton
        label="Choose sources and mention extents"
        className="btn split-caret"
        disabled={!hasSources || readOnly}
        items={items}
      >
        <Icon name="chevronDown" />
      </MenuButton>
    </div>
  );
}
