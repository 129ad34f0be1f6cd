import { randomUUID } from 'node:crypto';
import { humanRoles, permissionFor, type Action } from '#auth';
import { fill, isStream, operationsOf, type Operation } from './support/openapi.js';
import { caseAtEveryStage, CLOCK } from './support/cases.js';
import { LiveApp, tokensForEveryRole, type HttpAnswer, type Tokens } from './support/session.js';
import { violationsOf } from './support/verdicts.js';

/** One row of the matrix: an operation with its path filled in, and the action the permission table decides it by. */
interface Target {
  readonly operation: Operation;
  readonly action: Action;
  readonly params: Record<string, string>;
  readonly label: string;
}

/**
 * The dashboard stream's route permission is the list's; which dashboard it opens decides the rest. Every other
 * operation is decided by the `x-permission` the OpenAPI document carries.
 */
function targetsOf(operations: readonly Operation[]): Target[] {
  return operations.flatMap((operation): Target[] => {
    if (!operation.permission) return [];
    if (operation.path === '/live/dashboards/{name}') {
      return (['mediation', 'arbitration', 'court'] as const).map((name) => ({ operation, action: `${name}-dashboard` as Action, params: { name }, label: `GET /live/dashboards/${name}` }));
    }
    return [{ operation, action: operation.permission as Action, params: { partyId: 'w1' }, label: `${operation.method} ${operation.path}` }];
  });
}

const isCaseRoute = (operation: Operation) => operation.path.includes('{id}');

/** The route's own permission and, where they differ (a dashboard stream), the target's: both must be granted. */
const scopeOf = (target: Target, role: (typeof humanRoles)[number]) => {
  const route = permissionFor(target.operation.permission as Action).grants[role];
  return route === undefined ? undefined : permissionFor(target.action).grants[role];
};
const isCommand = (action: Action) => permissionFor(action).kind === 'command';

/** A refusal as a client sees it, minus what differs per request: the URL, the request id, the id asked for. */
function shape(answer: HttpAnswer, ids: readonly string[]): unknown {
  let body: unknown = answer.body;
  try {
    const parsed = JSON.parse(answer.body) as Record<string, unknown>;
    const { instance: _i, requestId: _r, ...rest } = parsed;
    body = JSON.parse(ids.reduce((text, id) => text.replaceAll(id, '<id>'), JSON.stringify(rest)));
  } catch {
    // not JSON: compared as it is
  }
  return { status: answer.status, contentType: answer.contentType, body };
}

describe('every role, from its own organisation and from a foreign one, against every documented route', () => {
  let live: LiveApp;
  let tokens: Tokens;
  let targets: Target[];
  let caseId: string;
  const verdicts: string[] = [];
  let requests = 0;

  beforeAll(async () => {
    live = await LiveApp.start({ TEST_CLOCK: CLOCK });
    tokens = await tokensForEveryRole();
    targets = targetsOf(await operationsOf(live.app));
    caseId = await caseAtEveryStage(live, tokens);
    // So that the reveal log holds this case before the matrix reads it from a foreign organisation.
    const revealed = await live.request('POST', `/disputes/${caseId}/parties/w1/reveal`, { token: tokens.home.get('mediator'), body: JSON.stringify({ field: 'phone', purpose: 'call the worker about the session' }) });
    expect(revealed.status).toBe(200);
  });
  afterAll(async () => {
    console.log(`matrix: ${requests} requests, ${targets.length} routes x ${humanRoles.length} roles x own/foreign organisation (+ a missing id)`);
    await live.close();
  });

  /** Commands get an empty body when they could succeed (400 proves the role got through), the example where they must not. */
  const send = async (target: Target, token: string, id: string, body: 'empty' | 'example') => {
    requests++;
    const url = fill(target.operation.path, { ...target.params, id });
    const payload =
      target.operation.method !== 'POST'
        ? undefined
        : target.action === 'reveal-personal-data'
          ? { field: 'idNumber', purpose: 'access matrix: may this caller reveal?' }
          : body === 'example'
            ? (target.operation.example ?? {})
            : {};
    return live.request(target.operation.method, url, { token, ...(payload === undefined ? {} : { body: JSON.stringify(payload) }) });
  };

  it("does not replay another caller's answer for the same Idempotency-Key, in another organisation or the same one", async () => {
    const key = `matrix-${randomUUID()}`;
    const body = JSON.stringify((await import('./support/cases.js')).registration());
    const first = await live.request('POST', '/disputes', { token: tokens.home.get('mediator'), body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    for (const token of [tokens.foreign.get('mediator'), tokens.home.get('mediation-admin')]) {
      const other = await live.request('POST', '/disputes', { token, body, headers: { 'idempotency-key': key } });
      expect(other.status).toBe(201);
      expect(other.headers.get('idempotent-replayed')).toBeNull();
      expect(JSON.parse(other.body).disputeId).not.toBe(JSON.parse(first.body).disputeId);
    }
  });

  it('reads the routes from the OpenAPI document: reads, exports, reveals, streams, admin, metrics and every command', () => {
    const labels = targets.map((t) => t.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'GET /disputes/{id}',
        'GET /disputes/{id}/history',
        'GET /disputes/{id}/export',
        'POST /disputes/{id}/parties/{partyId}/reveal',
        'GET /live/disputes/{id}',
        'GET /live/dashboards/court',
        'GET /admin/reveals',
        'GET /metrics',
        'POST /disputes/{id}/arbitration/award',
      ]),
    );
    expect(targets.length).toBeGreaterThan(65);
  });

  it('refuses a role the table does not grant with 403 naming the permission, whether or not the case exists', async () => {
    for (const target of targets)
      for (const role of humanRoles) {
        if (scopeOf(target, role) !== undefined) continue;
        const existing = await send(target, tokens.home.get(role)!, caseId, 'example');
        const missing = await send(target, tokens.home.get(role)!, randomUUID(), 'example');
        const problem = existing.status === 403 ? (JSON.parse(existing.body) as { missingPermission?: string }) : {};
        const named = [target.action, target.operation.permission!].some((action) => problem.missingPermission?.includes(action));
        if (existing.status !== 403 || !named) verdicts.push(`${role} ${target.label}: ${existing.status} ${existing.body.slice(0, 120)}`);
        if (JSON.stringify(shape(existing, [caseId])) !== JSON.stringify(shape(missing, [caseId, ...idsIn(missing)])))
          verdicts.push(`${role} ${target.label}: an existing case answers unlike a missing one (${existing.status} vs ${missing.status})`);
        verdicts.push(...violationsOf(existing).map((v) => `${role} ${target.label}: ${v}`));
      }
    expect(verdicts.splice(0)).toEqual([]);
  });

  it('lets a granted role in from its own organisation, and answers a foreign organisation exactly as a missing case', async () => {
    for (const target of targets)
      for (const role of humanRoles) {
        const scope = scopeOf(target, role);
        if (scope === undefined) continue;
        const home = tokens.home.get(role)!;
        const foreign = tokens.foreign.get(role)!;
        const where = `${role} ${target.label}`;
        if (!isCaseRoute(target.operation)) {
          // Collections: both organisations get past the permission check (no parameters: a 400 is fine); the
          // foreign one must not see the case.
          for (const [org, token] of [['own', home], ['foreign', foreign]] as const) {
            const answer = await send(target, token, caseId, 'empty');
            if ([401, 403, 404].includes(answer.status)) verdicts.push(`${where} (${org}): ${answer.status} ${answer.body.slice(0, 160)}`);
            if (org === 'foreign' && scope !== 'any' && answer.body.includes(caseId)) verdicts.push(`${where}: a foreign organisation sees the case`);
            verdicts.push(...violationsOf(answer).map((v) => `${where} (${org}): ${v}`));
          }
          continue;
        }
        // Own organisation: reads answer 200 (a stream opens), commands reach validation (400 for an empty body).
        const own = await send(target, home, caseId, 'empty');
        const expected = isCommand(target.action) ? 400 : 200;
        if (own.status !== expected) verdicts.push(`${where} (own): ${own.status}, expected ${expected}: ${own.body.slice(0, 160)}`);
        if (isStream(target.operation) && !own.contentType.startsWith('text/event-stream')) verdicts.push(`${where} (own): not a stream`);
        if (scope === 'any') continue;
        // Foreign organisation: the same answer as a case that does not exist, with a body that could succeed.
        const other = await send(target, foreign, caseId, 'example');
        const missingId = randomUUID();
        const missing = await send(target, foreign, missingId, 'example');
        if (other.status !== 404) verdicts.push(`${where} (foreign): ${other.status}, expected 404: ${other.body.slice(0, 160)}`);
        if (JSON.stringify(shape(other, [caseId])) !== JSON.stringify(shape(missing, [missingId])))
          verdicts.push(`${where} (foreign): ${JSON.stringify(shape(other, [caseId]))} differs from a missing case's ${JSON.stringify(shape(missing, [missingId]))}`);
        verdicts.push(...[...violationsOf(other), ...violationsOf(own)].map((v) => `${where}: ${v}`));
      }
    expect(verdicts.splice(0)).toEqual([]);
  });
});

const idsIn = (answer: HttpAnswer) => answer.body.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];

