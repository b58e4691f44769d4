import { ApiError, type SaveState } from '../../../shared/api/contract';
import type { Op } from '../../../shared/model';
import { api } from '../api/client';

export type SaveView = { state: SaveState['state']; message?: string };

const BATCH_DELAY_MS = 120;
const RETRY_MS = 2000;
const MAX_OPS_PER_REQUEST = 5000;

/**
 * Sends the page's edits to the back-end in order: ops are queued, batched, and sent one request at a time
 * with the revision the previous answer returned. A conflict or a refused edit stops sending until the
 * person chooses what to do; an unreachable back-end is retried.
 */
export class CaseSync {
  private queue: Op[] = [];
  private inFlight = false;
  private blocked = false;
  private retrying = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly name: string,
    private revision: number,
    private readonly report: (view: SaveView) => void,
  ) {}

  get pending(): number {
    return this.queue.length + (this.inFlight ? 1 : 0);
  }

  push(op: Op): void {
    this.queue.push(op);
    if (!this.blocked) this.report({ state: 'pending' });
    this.schedule(BATCH_DELAY_MS);
  }

  startPolling(intervalMs = 2000): void {
    this.poller = setInterval(() => void this.poll(), intervalMs);
  }

  dispose(): void {
    clearInterval(this.poller);
    clearTimeout(this.timer);
  }

  /** Resolves once every queued edit has been answered (or sending is blocked). */
  whenIdle(): Promise<void> {
    if (!this.inFlight && (this.queue.length === 0 || this.blocked)) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** After a conflict: write this window's version over the disk, then send what is still queued. */
  async keepMine(): Promise<void> {
    const state = await api.overwriteDisk({ name: this.name });
    this.revision = state.revision;
    this.blocked = false;
    this.report(state);
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private settle(): void {
    if (this.inFlight || (this.queue.length > 0 && !this.blocked)) return;
    const waiters = this.idleWaiters.splice(0);
    waiters.forEach((w) => w());
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.blocked || this.queue.length === 0) return this.settle();
    const ops = this.queue.splice(0, MAX_OPS_PER_REQUEST);
    this.inFlight = true;
    this.report({ state: 'saving' });
    try {
      const result = await api.applyOps({ name: this.name, baseRevision: this.revision, ops });
      this.revision = result.revision;
      if (result.state === 'conflict') this.blocked = true;
      this.report(this.queue.length && !this.blocked ? { state: 'pending' } : result);
    } catch (err) {
      this.handleFailure(err, ops);
    } finally {
      this.inFlight = false;
      if (this.queue.length && !this.blocked && !this.retrying) this.schedule(0);
      this.settle();
    }
  }

  private handleFailure(err: unknown, ops: Op[]): void {
    const code = err instanceof ApiError ? err.code : 'io';
    const message = err instanceof Error ? err.message : String(err);
    if (code === 'io') {
      this.queue.unshift(...ops);
      this.report({ state: 'error', message: `${message} — retrying` });
      this.retrying = true;
      setTimeout(() => {
        this.retrying = false;
        this.schedule(0);
      }, RETRY_MS);
      return;
    }
    // A conflict keeps the edits for "Keep mine"; anything else means the back-end refused them.
    if (code === 'conflict' || code === 'stale') this.queue.unshift(...ops);
    this.blocked = true;
    const state = code === 'conflict' || code === 'stale' ? 'conflict' : code === 'read-only' ? 'read-only' : 'error';
    this.report({ state, message });
  }

  private async poll(): Promise<void> {
    if (this.inFlight || this.queue.length) return;
    try {
      const state = await api.saveState({ name: this.name });
      if (this.inFlight || this.queue.length) return;
      if (state.state === 'conflict') this.blocked = true;
      this.report(state);
    } catch {
      // The indicator keeps its last state; the next poll tries again.
    }
  }
}
