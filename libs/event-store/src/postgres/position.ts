import type { Position } from '../event-store.port.js';

/**
 * Why (transaction id, global position) and not the sequence alone: writer A takes position 5, writer B takes 6,
 * B commits first. A reader ordering by the sequence sees 6, checkpoints past 5, and loses 5 forever.
 * Each row records its writer's xid; a reader only takes rows whose xid is below `pg_snapshot_xmin` of its snapshot:
 * every transaction below that xmin has ended, and xmin never goes down, so no row can later appear below what was
 * read. Ordering by (xid, position) is then a total order that grows only at the end. The price: a long-running
 * write transaction anywhere on the server holds readers back (late, never wrong).
 */
const WIDTH = 20;

export const encodePosition = (transactionId: string, globalPosition: string): Position =>
  `${transactionId.padStart(WIDTH, '0')}:${globalPosition.padStart(WIDTH, '0')}` as Position;

export function decodePosition(position: Position): { transactionId: string; globalPosition: string } {
  const match = /^(\d{20}):(\d{20})$/.exec(position);
  if (!match) throw new Error(`not a PostgreSQL event-store position: "${position}"`);
  return { transactionId: BigInt(match[1]!).toString(), globalPosition: BigInt(match[2]!).toString() };
}
