import { useEffect, useState } from 'react';

/**
 * Elapsed time and Cancel for a layout running off the UI thread. fcose reports no intermediate progress,
 * so the seconds tick to show the work is alive; Cancel ends the worker and leaves the nodes as they were.
 */
export function LayoutProgress({ started, onCancel }: { started: number; onCancel: () => void }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const t = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(t);
  }, []);
  return (
    <span className="layout-progress" role="status">
      {Math.max(0, Math.round((now - started) / 1000))} s
      <button type="button" className="btn small ghost" onClick={onCancel} title="Stop the layout; nodes stay where they are">
        Cancel
      </button>
    </span>
  );
}
