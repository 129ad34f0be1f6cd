import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Extended-protocol messages that must be followed by the same connection's Sync before anyone else speaks. */
const MID_QUERY = new Set([0x50 /* Parse */, 0x42 /* Bind */, 0x44 /* Describe */, 0x45 /* Execute */, 0x43 /* Close */, 0x48 /* Flush */]);

interface QueuedMessage {
  readonly handlerId: number;
  readonly message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  midQuery?: boolean;
  db: { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(message: Uint8Array, options: { onRawData(data: Uint8Array): void }): Promise<unknown> };
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

/**
 * pglite-socket 0.2.17 runs one protocol message at a time from any connection, keeping a connection's turn only
 * inside a transaction. Between a pool client's Parse and its Bind another client's Parse can then slip in, and
 * both bind the wrong unnamed statement ("bind message supplies 1 parameters, but prepared statement requires 5").
 * It also stops serving for good after one failed message. This keeps each connection's turn until its Sync, and
 * keeps serving after a failure. The queue is the library's own (not exported), so this is checked at start.
 */
export function oneQueryAtATime(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function')
    throw new Error('embedded PostgreSQL: @electric-sql/pglite-socket changed its query queue; check one-query-at-a-time.ts against it');
  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const keepTurn = this.lastHandlerId !== null && (this.midQuery || this.db.isInTransaction());
        const index = keepTurn ? this.queue.findIndex((item) => item.handlerId === this.lastHandlerId) : 0;
        // The connection holding the turn has not sent its next message yet: its enqueue restarts this loop.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(item!.message, { onRawData: (data) => ((bytes += data.length), item!.onData(data)) }));
          item!.resolve(bytes);
        } catch (error) {
          item!.reject(error);
        }
        this.lastHandlerId = item!.handlerId;
        this.midQuery = MID_QUERY.has(item!.message[0]!);
      }
    } finally {
      this.processing = false;
    }
  };
  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async function (handlerId: number) {
    // A connection that went away mid-query gives up its turn.
    if (this.lastHandlerId === handlerId) this.midQuery = false;
    await clearTransaction(handlerId);
    if (this.lastHandlerId === handlerId && !this.db.isInTransaction()) this.lastHandlerId = null;
    await this.processQueue();
  };
}
