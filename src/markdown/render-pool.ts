import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoaderContext } from 'astro/loaders';

/** What renderMarkdown gives a loader: the HTML and its metadata. */
export type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** One body to render: the whole file (frontmatter and body, as renderMarkdown takes it) and its URL. */
export interface RenderRequest {
  id: number;
  contents: string;
  fileURL: string;
}

/** A worker's answer to one request. */
export type RenderReply = { id: number; rendered: Rendered; error?: undefined } | { id: number; error: string };

/** A renderer: the file's text and URL to its HTML, as renderMarkdown renders them. */
export type Render = (contents: string, fileURL: URL) => Promise<Rendered>;

interface Slot {
  worker: Worker;
  /** The error it ended with, once it has ended. */
  ended?: Error;
  pending: Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void; url: string }>;
}

/**
 * Worker threads that render Markdown bodies with the site's pipeline
 * (render-worker.ts), one per core: rendering (Shiki above all) was most of
 * a build, one file after another on one core. Each request goes to the
 * worker with the fewest in hand. `close()` ends the workers; a worker that
 * fails fails what it had in hand.
 */
export class RenderPool {
  readonly #slots: Slot[];
  #next = 0;
  #closed = false;

  constructor(size = availableParallelism(), script = new URL('./render-worker.ts', import.meta.url)) {
    this.#slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot: Slot = { worker: new Worker(script), pending: new Map() };
      slot.worker.on('message', (reply: RenderReply) => {
        const job = slot.pending.get(reply.id);
        if (!job) return;
        slot.pending.delete(reply.id);
        if (reply.error === undefined) job.resolve(reply.rendered);
        else job.reject(new Error(`could not render ${job.url}: ${reply.error}`));
      });
      const fail = (error: Error) => {
        slot.ended ??= error;
        for (const job of slot.pending.values()) job.reject(new Error(`could not render ${job.url}: ${error.message}`));
        slot.pending.clear();
      };
      slot.worker.on('error', fail);
      slot.worker.on('messageerror', fail);
      slot.worker.on('exit', (code) => fail(new Error(`the render worker exited (code ${code})`)));
      return slot;
    });
  }

  /** Renders one file, as renderMarkdown would. */
  readonly render: Render = (contents, fileURL) => {
    // A message to an ended worker is never answered.
    if (this.#closed) return Promise.reject(new Error(`could not render ${fileURL.href}: the render pool was closed`));
    const live = this.#slots.filter((s) => !s.ended);
    if (live.length === 0)
      return Promise.reject(new Error(`could not render ${fileURL.href}: ${this.#slots[0]!.ended!.message}`));
    const slot = live.reduce((least, s) => (s.pending.size < least.pending.size ? s : least));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject, url: fileURL.href });
      slot.worker.postMessage({ id, contents, fileURL: fileURL.href } satisfies RenderRequest);
    });
  };

  /** Ends every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}

let shared: { pool: RenderPool; users: number } | undefined;

/**
 * The pool the loaders share (the entries' and the triage nodes' load at the
 * same time: one pool, not one each, since every worker sets up Shiki anew);
 * each `acquire` is matched by a `release`, and the last release ends it.
 */
export const sharedPool = {
  acquire(size?: number): RenderPool {
    shared ??= { pool: new RenderPool(size), users: 0 };
    shared.users++;
    return shared.pool;
  },
  async release(): Promise<void> {
    if (!shared || --shared.users > 0) return;
    const { pool } = shared;
    shared = undefined;
    await pool.close();
  },
};
