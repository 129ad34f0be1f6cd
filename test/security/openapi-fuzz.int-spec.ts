import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { humanRoles, permissionFor, type Action, type HumanRole } from '#auth';
import { bodyFor, fill, hostileStrings, isStream, operationsOf, parameterValue, type Operation } from './support/openapi.js';
import { CLOCK, registerCase } from './support/cases.js';
import { LiveApp, tokensForEveryRole, type Tokens } from './support/session.js';
import { violationsOf } from './support/verdicts.js';

/** Total requests across all operations: ~300 in CI, `FUZZ_RUNS=3000 npm run test:faults` for the long run. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** Lone surrogates cannot be percent-encoded; a client would have sent U+FFFD. */
const wellFormed = (value: string) => value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const pathValues: Record<string, readonly string[]> = {
  partyId: ['w1', 'e1', 'nobody'],
  name: ['mediation', 'arbitration', 'court', 'statistics'],
};

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly token: string | undefined;
  readonly tokenKind: string;
  readonly headers: Record<string, string>;
  readonly body?: { kind: string; payload: string; contentType: string } | undefined;
}

describe('every documented operation, fuzzed from its own schema', () => {
  let live: LiveApp;
  let tokens: Tokens;
  let operations: Operation[];
  let caseId: string;
  const statuses = new Map<number, number>();
  let sent = 0;

  beforeAll(async () => {
    live = await LiveApp.start({ TEST_CLOCK: CLOCK });
    tokens = await tokensForEveryRole();
    operations = await operationsOf(live.app);
    caseId = await registerCase(live, tokens);
  });
  afterAll(async () => {
    // The figures docs/reliability.md reports.
    console.log(`fuzz: ${sent} requests over ${operations.length} operations; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
    await live.close();
  });

  /** A token of a role the table grants the action to (mostly), any role, a foreign organisation's, or none. */
  function tokenArb(operation: Operation): fc.Arbitrary<{ kind: string; token: string | undefined }> {
    const grants = operation.permission ? permissionFor(operation.permission as Action).grants : {};
    const granted = humanRoles.filter((role) => grants[role] !== undefined);
    const pick = (roles: readonly HumanRole[], source: 'home' | 'foreign') =>
      fc.constantFrom(...roles).map((role) => ({ kind: `${source}:${role}`, token: tokens[source].get(role) }));
    return fc.oneof(
      ...(granted.length > 0 ? [{ weight: 7, arbitrary: pick(granted, 'home') }] : []),
      { weight: 2, arbitrary: pick(humanRoles, 'home') },
      { weight: 1, arbitrary: pick(humanRoles, 'foreign') },
      { weight: 1, arbitrary: fc.constantFrom({ kind: 'none', token: undefined }, { kind: 'garbage', token: 'not.a.jwt' }) },
    );
  }

  function requestArb(operation: Operation): fc.Arbitrary<Sent> {
    const pathParams = operation.parameters.filter((p) => p.in === 'path');
    const queryParams = operation.parameters.filter((p) => p.in === 'query');
    const headerParams = operation.parameters.filter((p) => p.in === 'header');
    const pathArb = fc.record(
      Object.fromEntries(
        pathParams.map((p) => [
          p.name,
          p.name === 'id'
            ? fc.oneof({ weight: 6, arbitrary: fc.constant(caseId) }, { weight: 2, arbitrary: fc.constant(randomUUID()) }, { weight: 2, arbitrary: fc.constantFrom(...hostileStrings) })
            : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(pathValues[p.name] ?? ['x'])) }, { weight: 1, arbitrary: fc.constantFrom(...hostileStrings) }),
        ]),
      ) as Record<string, fc.Arbitrary<string>>,
    );
    // Documented query parameters, plus ones the route never heard of (strict schemas refuse them by name).
    const none = fc.constant({} as Record<string, string | undefined>);
    const documented = Object.fromEntries(queryParams.map((p) => [p.name, parameterValue])) as Record<string, fc.Arbitrary<string>>;
    const queryArb = fc.oneof(
      none,
      fc.record(documented, { requiredKeys: [] }),
      fc.record({ ...documented, limit: parameterValue, unknownParam: parameterValue }, { requiredKeys: [] }),
    );
    // Mostly no extra headers, so that valid bodies reach the deciders; sometimes every header, each maybe hostile.
    const headerArb = fc.oneof(
      { weight: 3, arbitrary: none },
      {
        weight: 2,
        arbitrary: fc.record(
          Object.fromEntries([...headerParams.map((p) => [p.name.toLowerCase(), parameterValue]), ['last-event-id', parameterValue], ['x-min-position', parameterValue]]) as Record<string, fc.Arbitrary<string>>,
          { requiredKeys: [] },
        ),
      },
    );
    const bodyArb = operation.method === 'POST' ? bodyFor(operation.body, operation.example) : fc.constant(undefined);
    return fc.record({ path: pathArb, query: queryArb, headers: headerArb, token: tokenArb(operation), body: bodyArb }).map(({ path, query, headers, token, body }) => {
      const defined = (record: Record<string, string | undefined>) => Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined);
      const search = new URLSearchParams(defined(query).map(([k, v]): [string, string] => [k, wellFormed(v)])).toString();
      const url = fill(operation.path, Object.fromEntries(defined(path).map(([k, v]) => [k, wellFormed(v)]))) + (search ? `?${search}` : '');
      return { method: operation.method, url, token: token.token, tokenKind: token.kind, headers: Object.fromEntries(defined(headers)), body };
    });
  }

  it('finds the operations in the OpenAPI document, each with its permission', () => {
    expect(operations.length).toBeGreaterThan(60);
    const unprotected = operations.filter((o) => !o.permission).map((o) => o.path);
    expect(unprotected.filter((p) => !p.startsWith('/health'))).toEqual([]);
  });

  it(`answers ${FUZZ_RUNS} generated requests without a 5xx, a leak, or a refusal that is not problem+json naming its field`, async () => {
    const runsEach = Math.max(2, Math.round(FUZZ_RUNS / operations.length));
    const failures: string[] = [];
    for (const operation of operations) {
      const outcome = await fc.check(
        fc.asyncProperty(requestArb(operation), async (request) => {
          const answer = await live.request(request.method, request.url, {
            token: request.token,
            headers: request.headers,
            ...(request.body ? { body: request.body.payload, contentType: request.body.contentType } : {}),
          });
          sent++;
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const violations = violationsOf(answer);
          if (violations.length > 0) throw new Error(`${violations.join('; ')} -> ${answer.status} ${answer.body.slice(0, 300)}`);
          if (isStream(operation) && answer.status === 200) expect(answer.contentType).toMatch(/^text\/event-stream/);
        }),
        { numRuns: runsEach, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
      );
      if (outcome.failed) failures.push(`${operation.method} ${operation.path} (seed ${outcome.seed}): ${JSON.stringify(outcome.counterexample?.[0]).slice(0, 600)}\n  ${String((outcome.errorInstance as Error)?.message ?? outcome.errorInstance).slice(0, 600)}`);
    }
    expect(failures).toEqual([]);
  });
});
