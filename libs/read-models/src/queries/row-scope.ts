/** Which cases a caller may list: derived from the permission table's scope for the view and the caller's organisation. */
export type RowScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'mediation_body' | 'arbitration_commission' | 'court'; readonly organisationId: string };

export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** The same as a named prepared statement: planned once per connection, then run with the generic plan if it is as good. */
  prepared?<T = unknown>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

/** A SQL condition on case_summaries (alias `c`) for the scope; pushes its parameter. */
export function scopeCondition(scope: RowScope, parameters: unknown[]): string {
  if (scope.kind === 'all') return 'true';
  parameters.push(scope.organisationId);
  const p = `$${parameters.length}`;
  switch (scope.kind) {
    case 'mediation_body':
      return `c.mediation_body_id = ${p}`;
    case 'arbitration_commission':
      return `c.commission_id = ${p}`;
    case 'court':
      // Containment, not = ANY: only @> can use the GIN index on court_ids.
      return `c.court_ids @> ARRAY[${p}]::text[]`;
    default: {
      const never: never = scope;
      return never;
    }
  }
}
