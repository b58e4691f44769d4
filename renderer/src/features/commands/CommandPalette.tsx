import { useEffect, useMemo, useRef, useState } from 'react';
import { createStore, useStore } from '../../lib/createStore';
import { COMMANDS, type Command } from './commands';
import './palette.css';

export const paletteOpen = createStore(false);

/** Ctrl/Cmd+K: every command, filtered as you type; Enter runs the highlighted one. */
export function CommandPalette() {
  const open = useStore(paletteOpen, (o) => o);
  if (!open) return null;
  return <Palette />;
}

function score(c: Command, q: string): number {
  const t = c.title.toLowerCase();
  if (!q) return 1;
  if (t.startsWith(q)) return 3;
  if (t.includes(q)) return 2;
  return q.split(/\s+/).every((w) => t.includes(w)) ? 1 : 0;
}

function Palette() {
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLDialogElement>(null);
  const list = useMemo(
    () =>
      COMMANDS.map((c) => ({ c, s: score(c, q.trim().toLowerCase()) }))
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s)
        .map((x) => x.c),
    [q],
  );
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const close = () => paletteOpen.set(false);
  const run = (c: Command | undefined) => {
    if (!c || (c.enabled && !c.enabled())) return;
    close();
    setTimeout(c.run, 0);
  };
  return (
    <dialog ref={ref} className="palette" aria-label="Command palette" onCancel={(e) => (e.preventDefault(), close())} onClick={(e) => e.target === ref.current && close()}>
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-label="Type a command"
        placeholder="Type a command…"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, list.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') run(list[active]);
          else return;
          e.preventDefault();
        }}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {list.map((c, i) => {
          const disabled = c.enabled ? !c.enabled() : false;
          return (
            <li
              key={c.id}
              role="option"
              aria-selected={i === active}
              aria-disabled={disabled || undefined}
              title={disabled ? c.disabledReason : undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => run(c)}
            >
              <span>{c.title}</span>
              {disabled && c.disabledReason && <span className="faint palette-note">{c.disabledReason}</span>}
              {c.shortcut && <kbd className="kbd">{c.shortcut}</kbd>}
            </li>
          );
        })}
      </ul>
    </dialog>
  );
}
