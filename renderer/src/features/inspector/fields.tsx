import { useEffect, useState } from 'react';

/** A text field that saves on Enter or when it loses focus, and follows outside changes (undo) otherwise. */
type CommitProps = { value: string; label: string; onCommit: (v: string) => void; multiline?: boolean; placeholder?: string; list?: string };

export function CommitInput({ value, label, onCommit, multiline, placeholder, list }: CommitProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  if (multiline)
    return (
      <textarea
        className="textarea"
        aria-label={label}
        rows={4}
        dir="auto"
        placeholder={placeholder}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(value);
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) commit();
        }}
      />
    );
  return (
    <input
      className="input"
      aria-label={label}
      list={list}
      dir="auto"
      placeholder={placeholder}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

export function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="insp-row">
      <div className="insp-label">{label}</div>
      <div className="insp-value">{children}</div>
    </div>
  );
}
