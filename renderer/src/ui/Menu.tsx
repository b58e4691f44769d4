import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './menu.css';

export type MenuItem =
  | { kind?: 'item'; label: string; onSelect: () => void; disabled?: boolean; title?: string; hint?: string; icon?: ReactNode; checked?: boolean }
  | { kind: 'separator' }
  | { kind: 'heading'; label: string }
  /** A line of explanation (not focusable), e.g. under a heading. */
  | { kind: 'note'; label: string };

type Position = { x: number; y: number };

/** A list of actions at a point on screen (from a button or a right click), with arrow-key navigation. */
export function MenuList({ items, at, onClose, label }: { items: MenuItem[]; at: Position; onClose: () => void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState(at);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    setPos({ x: Math.max(4, Math.min(at.x, window.innerWidth - r.width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - r.height - 4)) });
    (el.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? el.querySelector<HTMLElement>('[role^="menuitem"]'))?.focus();
  }, [at]);

  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('keydown', escape);
    };
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={ref} role="menu" aria-label={label} className="menu" style={{ left: pos.x, top: pos.y }} onKeyDown={onKeyDown}>
      {items.map((item, i) => {
        if (item.kind === 'separator') return <div key={i} role="separator" className="menu-sep" />;
        if (item.kind === 'heading') return <div key={i} className="menu-heading">{item.label}</div>;
        if (item.kind === 'note') return <div key={i} className="menu-note">{item.label}</div>;
        return (
          <button
            key={i}
            type="button"
            role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
            aria-checked={item.checked}
            aria-disabled={item.disabled || undefined}
            title={item.title}
            className="menu-item"
            onClick={() => {
              if (item.disabled) return;
              onClose();
              item.onSelect();
            }}
          >
            <span className="menu-icon">{item.checked ? '✓' : item.icon}</span>
            <span className="menu-label">{item.label}</span>
            {item.hint && <span className="menu-hint">{item.hint}</span>}
          </button>
        );
      })}
    </div>
  );
}

type ButtonProps = {
  label: string;
  items: MenuItem[] | (() => MenuItem[]);
  className?: string;
  children: ReactNode;
  menuLabel?: string;
  title?: string;
  disabled?: boolean;
};

/** A button that opens a MenuList under itself. `label` is the button's accessible name. */
export function MenuButton({ label, items, className = 'btn', children, menuLabel, title, disabled }: ButtonProps) {
  const [at, setAt] = useState<Position | null>(null);
  const btn = useRef<HTMLButtonElement>(null);
  const open = () => {
    const r = btn.current!.getBoundingClientRect();
    setAt({ x: r.left, y: r.bottom + 4 });
  };
  return (
    <>
      <button
        ref={btn}
        type="button"
        className={className}
        aria-label={label}
        title={title ?? label}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        disabled={disabled}
        onClick={() => (at ? setAt(null) : open())}
      >
        {children}
      </button>
      {at && (
        <MenuList
          label={menuLabel ?? label}
          at={at}
          items={typeof items === 'function' ? items() : items}
          onClose={() => {
            setAt(null);
            btn.current?.focus();
          }}
        />
      )}
    </>
  );
}
