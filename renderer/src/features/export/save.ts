import { api, host } from '../../api/client';

export type SaveOutcome = { saved: boolean; where?: string };

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const bytesOf = (data: Uint8Array | string): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

/** A browser download: a Blob behind an <a download>, its URL revoked once the click has been handled. */
function download(name: string, mime: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Save one file: the desktop app asks where (native save dialog); the browser host downloads it.
 * Returns whether it was saved (the desktop user may cancel).
 */
export async function saveBytes(name: string, mime: string, data: Uint8Array | string): Promise<SaveOutcome> {
  const bytes = bytesOf(data);
  if (host === 'electron') {
    const r = await api.saveFile({ suggestedName: name, dataBase64: toBase64(bytes) });
    return { saved: r.saved, where: r.path };
  }
  download(name, mime, bytes);
  return { saved: true, where: name };
}
