import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '../../../../shared/api/contract';
import { api } from '../../api/client';

export type TrashItem = { file: string; name: string; deletedAt: string };

export function useCaseList() {
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [trash, setTrash] = useState<TrashItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const [list, deleted] = await Promise.all([api.listCases({}), api.listTrash({}).catch(() => [])]);
      setCases([...list].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)));
      setTrash(deleted);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setCases([]);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { cases, trash, error, reload };
}

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 minutes ago" for recent times, a date for older ones. */
export function formatWhen(iso: string, now = Date.now()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = Math.round((t - now) / 1000);
  const abs = Math.abs(s);
  if (abs < 45) return 'just now';
  if (abs < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(s / 3600), 'hour');
  if (abs < 7 * 86400) return rtf.format(Math.round(s / 86400), 'day');
  return new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
