import { startTransition, useEffect, useState } from 'react';

/**
 * The value, but updated only after the browser has painted the current frame. Views that follow a
 * selection at lower priority (the text pane, the inspector) use it so the table row and graph node
 * highlight first, without waiting for them.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
