import { useEffect, useState } from 'react';
import { useWorkbench } from '../../store/workbench';

export function Toast() {
  const toast = useWorkbench((s) => s.toast);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!toast) return;
    setVisible(true);
    const t = setTimeout(() => setVisible(false), 4500);
    return () => clearTimeout(t);
  }, [toast]);
  return (
    <div className="toast" role="status" aria-live="polite" hidden={!visible || !toast}>
      {toast?.message}
    </div>
  );
}
