/** Errors the HTTP layer turns into RFC 9457 problem details. Thrown by guards, pipes and handlers. */
export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

export class InvalidRequest extends Error {
  constructor(readonly errors: readonly FieldProblem[]) {
    super(`invalid request: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  }
}

export class Unauthenticated extends Error {
  constructor(readonly reason: string) {
    super(`authentication required: ${reason}`);
  }
}

export class Forbidden extends Error {
  constructor(
    readonly missingPermission: string,
    detail: string,
  ) {
    super(detail);
  }
}

export class NotFound extends Error {}

/** 202/503 with a retry hint: the read model has not caught up with the caller's own write yet. */
export class NotYetVisible extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the read model has not yet reached the requested position');
  }
}
