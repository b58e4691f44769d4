import { randomBytes } from 'node:crypto';
import { promises as fs, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** File system calls the writer needs, injectable so tests can simulate a full disk or an I/O error. */
export type WriterFs = Pick<typeof fs, 'open' | 'rename' | 'unlink'>;

/**
 * Write a file so that a crash at any moment leaves either the old bytes or the new ones, never a mix:
 * unique temp file in the same folder, fsync, rename over the target, then fsync the folder so the rename
 * itself survives power loss (best effort: some systems refuse to open folders).
 * `beforeReplace` is work that must be done before the target is replaced (a backup of its old bytes); it
 * runs while the new bytes are written and synced, and if it fails the target is left as it was.
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array | Uint8Array[],
  fsImpl: WriterFs = fs,
  beforeReplace?: Promise<unknown>,
): Promise<void> {
  // Awaited below; a rejection that arrives while the temp file is being written is not "unhandled".
  beforeReplace?.catch(() => undefined);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<WriterFs['open']>> | undefined;
  try {
    handle = await fsImpl.open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    if (Array.isArray(data)) await writeAll(handle, data);
    else await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await beforeReplace;
    await fsImpl.rename(temp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fsImpl.unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dir);
}

/** writev may write less than asked; keep going until every byte is down. */
async function writeAll(handle: Awaited<ReturnType<WriterFs['open']>>, chunks: Uint8Array[]): Promise<void> {
  let pending = chunks.filter((c) => c.byteLength > 0);
  while (pending.length) {
    const { bytesWritten } = await handle.writev(pending.slice(0, 1024));
    let left = bytesWritten;
    while (left > 0 && pending.length) {
      const first = pending[0]!;
      if (left >= first.byteLength) {
        left -= first.byteLength;
        pending = pending.slice(1);
      } else {
        pending = [first.subarray(left), ...pending.slice(1)];
        left = 0;
      }
    }
  }
}

export async function syncFolder(dir: string): Promise<void> {
  try {
    const h = await fs.open(dir, constants.O_RDONLY);
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Windows and some network file systems cannot fsync a folder; the rename is still atomic there.
  }
}
