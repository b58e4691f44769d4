import { RELIABILITY, type Reliability } from '../../../../shared/model';
import { RELIABILITY_LABELS } from '../source/SourceList';

export const CREDIBILITY_LABELS = ['1 — Confirmed', '2 — Probably true', '3 — Possibly true', '4 — Doubtfully true', '5 — Improbable', '6 — Cannot be judged'];

type Props<T> = { label: string; value: T | undefined; onChange: (value: T | null) => void; disabled?: boolean };

/** Admiralty reliability, A–F, or not graded. */
export function ReliabilitySelect({ label, value, onChange, disabled }: Props<Reliability>) {
  return (
    <select className="select" aria-label={label} disabled={disabled} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as Reliability | null)}>
      <option value="">Not graded</option>
      {RELIABILITY.map((r) => (
        <option key={r} value={r}>
          {RELIABILITY_LABELS[r]}
        </option>
      ))}
    </select>
  );
}

/** Information credibility, 1–6, or not graded. */
export function CredibilitySelect({ label, value, onChange }: Props<number>) {
  return (
    <select className="select" aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">Not graded</option>
      {CREDIBILITY_LABELS.map((text, i) => (
        <option key={text} value={i + 1}>
          {text}
        </option>
      ))}
    </select>
  );
}
