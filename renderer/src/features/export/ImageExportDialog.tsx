import { useMemo, useState } from 'react';
import { baseName } from '../../../../shared/formats';
import { getWorkbench, showToast } from '../../store/workbench';
import { Dialog } from '../../ui/Dialog';
import { graphBridge } from '../graph/graphUi';
import { closeImageExport, type ImageKind } from './exportUi';
import { fittedScale, renderPng, renderSvg, svgPadding, type ImageArea } from './imageExport';
import { saveBytes } from './save';
import './export.css';

const SCALES = [1, 2, 3, 4];

function svgSize({ width, height }: { width: number; height: number }, area: ImageArea): string {
  const pad = area === 'full' ? svgPadding(width, height) : 0;
  return `${width + 2 * pad} × ${height + 2 * pad}`;
}

/** Options for a PNG or SVG of the graph: the view or the whole graph, the scale (PNG), the background. */
export function ImageExportDialog({ kind }: { kind: ImageKind }) {
  const [area, setArea] = useState<ImageArea>('full');
  const [scale, setScale] = useState(2);
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cy = graphBridge.current.instance();
  const size = useMemo(() => (cy ? fittedScale(cy, { area, scale: kind === 'png' ? scale : 1, transparent }) : null), [cy, area, scale, kind, transparent]);
  const title = kind === 'png' ? 'Export PNG image' : 'Export SVG image';

  const submit = async () => {
    if (!cy) return setError('The graph is not on screen.');
    setBusy(true);
    setError(null);
    try {
      const name = baseName(getWorkbench().case);
      const r =
        kind === 'png'
          ? await renderPng(cy, { area, scale, transparent }).then(async (png) => ({ ...(await saveBytes(`${name}.png`, 'image/png', png.bytes)), reduced: png.reduced }))
          : { ...(await saveBytes(`${name}.svg`, 'image/svg+xml', renderSvg(cy, { area, transparent }))), reduced: false };
      if (r.saved) showToast(`Exported ${kind.toUpperCase()}: ${r.where ?? name}${r.reduced ? ' (scale lowered to fit the largest image a canvas can hold)' : ''}`);
      closeImageExport();
    } catch (err) {
      setError(`The image could not be made: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={title}
      onClose={closeImageExport}
      onSubmit={() => void submit()}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="btn" onClick={closeImageExport}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={busy || !cy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="export-choice">
        <legend>Area</legend>
        <label>
          <input type="radio" name="area" checked={area === 'full'} onChange={() => setArea('full')} /> Whole graph
        </label>
        <label>
          <input type="radio" name="area" checked={area === 'view'} onChange={() => setArea('view')} /> Current view
        </label>
      </fieldset>
      {kind === 'png' && (
        <label className="field">
          <span>Scale</span>
          <select className="select" aria-label="Scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="export-choice">
        <legend>Background</legend>
        <label>
          <input type="radio" name="bg" checked={!transparent} onChange={() => setTransparent(false)} /> Solid (as on screen)
        </label>
        <label>
          <input type="radio" name="bg" checked={transparent} onChange={() => setTransparent(true)} /> Transparent
        </label>
      </fieldset>
      {size && (
        <p className="export-size" data-testid="image-size">
          {kind === 'png' ? `Image size: ${size.width} × ${size.height} px` : `Drawing size: ${svgSize(size, area)}`}
          {size.reduced ? ' (scale lowered: the full size is more than an image can hold)' : ''}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
