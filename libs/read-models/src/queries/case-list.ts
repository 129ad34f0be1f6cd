import type { Queryable, RowScope } from './row-scope.js';
import { scopeCondition } from './row-scope.js';

export interface CaseListFilter {
  readonly stage?: string;
  readonly status?: string;
  readonly assignee?: string;
  readonly claimType?: string;
  readonly employer?: string;
  readonly q?: string;
  readonly registeredFrom?: string;
  readonly registeredTo?: string;
  readonly limit: number;
  readonly cursor?: string;
}

/** The columns a list shows: masked parties only, never the folded state. */
const listColumns = `c.dispute_id, c.revision, c.stage, c.status, c.registered_on::text, c.region_code, c.employer_name, c.worker_count,
  c.collective, c.parties, c.claim_types, c.claimed_fen::float8 AS claimed_fen, c.agreed_fen::float8 AS agreed_fen,
  c.awarded_fen::float8 AS awarded_fen, c.mediation_body_id, c.mediator_id, c.commission_id, c.case_number, c.arbitrator_ids,
  c.court_ids, c.next_deadline_rule, c.next_deadline_on::text, c.suspended_on::text, c.final_award, c.award_overdue, c.outcome,
  c.last_event_at`;

const encodeCursor = (registeredOn: string | null, disputeId: string) => Buffer.from(JSON.stringify([registeredOn ?? '', disputeId])).toString('base64url');

export class InvalidCursor extends Error {}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // fall through
  }
  throw new InvalidCursor('cursor is not one this API gave out');
}

/** Newest registrations first (no date last), keyset-paged on (registered_on, dispute_id) so pages never shift under writes. */
export async function listCases(db: Queryable, scope: RowScope, filter: CaseListFilter) {
  const parameters: unknown[] = [];
  const where = [scopeCondition(scope, parameters)];
  const add = (sql: (p: string) => string, value: unknown) => {
    parameters.push(value);
    where.push(sql(`$${parameters.length}`));
  };
  if (filter.stage) add((p) => `c.stage = ${p}`, filter.stage);
  if (filter.status) add((p) => `c.status = ${p}`, filter.status);
  if (filter.assignee) add((p) => `(c.mediator_id = ${p} OR ${p} = ANY(c.arbitrator_ids))`, filter.assignee);
  if (filter.claimType) add((p) => `c.claim_types @> ARRAY[${p}]::text[]`, filter.claimType);
  if (filter.employer) add((p) => `c.employer_name ILIKE ${p}`, `%${escapeLike(filter.employer)}%`);
  if (filter.q) add((p) => `c.search_text LIKE ${p}`, `%${escapeLike(filter.q.toLowerCase())}%`);
  if (filter.registeredFrom) add((p) => `c.registered_on >= ${p}::date`, filter.registeredFrom);
  if (filter.registeredTo) add((p) => `c.registered_on <= ${p}::date`, filter.registeredTo);
  if (filter.cursor) {
    const [registeredOn, disputeId] = decodeCursor(filter.cursor);
    if (!/^[0-9a-f-]{36}$/i.test(disputeId) || (registeredOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(registeredOn))) throw new InvalidCursor('cursor is not one this API gave out');
    parameters.push(disputeId);
    const id = `$${parameters.length}::uuid`;
    if (registeredOn === '') where.push(`(c.registered_on IS NULL AND c.dispute_id < ${id})`);
    else {
      parameters.push(registeredOn);
      const on = `$${parameters.length}::date`;
      where.push(`((c.registered_on, c.dispute_id) < (${on}, ${id}) OR c.registered_on IS NULL)`);
    }
  }
  parameters.push(filter.limit + 1);
  // Plain columns in the sort (not text casts, which no index can hold): the scope's index
  // (case_summaries_*_newest) hands rows over in this order, so a page reads its own rows and stops.
  const rows = await db.query<Record<string, unknown> & { dispute_id: string; registered_on: string | null }>(
    `SELECT ${listColumns} FROM case_summaries c WHERE ${where.join(' AND ')}
     ORDER BY c.registered_on DESC NULLS LAST, c.dispute_id DESC LIMIT $${parameters.length}`,
    parameters,
  );
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return { items: page, next: rows.length > filter.limit && last ? encodeCursor(last.registered_on, last.dispute_id) : null };
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
