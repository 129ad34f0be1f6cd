import { humanRoles, issueDevelopmentToken, organisationKindOfRole, type HumanRole, type OrganisationKind } from '#auth';
import { DEVELOPMENT_AUTH } from '#config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bootApp } from '../../support/boot-app.js';
import { ORG, tokenFor } from '../../support/tokens.js';

/** A foreign organisation of the same kind as each role's home: same role, someone else's cases. */
export const FOREIGN: Record<OrganisationKind, string> = {
  mediation_body: ORG.otherBody,
  arbitration_commission: ORG.otherCommission,
  court: 'court_binjiang',
  union: 'union_nb',
  department: 'hrss_nb',
};

const kindOf = (role: HumanRole): OrganisationKind => {
  const kind = organisationKindOfRole[role];
  return kind === 'any' ? 'department' : kind;
};

export interface Tokens {
  readonly home: ReadonlyMap<HumanRole, string>;
  readonly foreign: ReadonlyMap<HumanRole, string>;
}

export async function tokensForEveryRole(): Promise<Tokens> {
  const home = new Map<HumanRole, string>();
  const foreign = new Map<HumanRole, string>();
  for (const role of humanRoles) {
    home.set(role, await tokenFor(role));
    foreign.set(role, await tokenFor(role, FOREIGN[kindOf(role)]));
  }
  return { home, foreign };
}

/** A token signed with the right key but wrong in one way, for the 401 suite. */
export async function tokenWith(overrides: { issuer?: string; audience?: string; secret?: string; expiresIn?: number | string }): Promise<string> {
  return issueDevelopmentToken(
    { userId: 'admin-probe', role: 'admin', organisationId: ORG.department, orgKind: 'department' },
    overrides.secret ?? DEVELOPMENT_AUTH.AUTH_JWT_SECRET,
    { issuer: overrides.issuer ?? DEVELOPMENT_AUTH.AUTH_ISSUER, audience: overrides.audience ?? DEVELOPMENT_AUTH.AUTH_AUDIENCE, expiresIn: overrides.expiresIn ?? '1h' },
  );
}

export interface HttpAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly token?: string | undefined;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly contentType?: string;
}

/** Anything the suites send requests to: the app in this process, or a spawned one. */
export interface HttpTarget {
  request(method: string, url: string, options?: RequestOptions): Promise<HttpAnswer>;
}

/** One request over a real socket; a Server-Sent Events answer is hung up on once its headers are in. */
export async function requestAt(base: string, method: string, url: string, options: RequestOptions = {}): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  try {
    const response = await fetch(`${base}${url}`, {
      method,
      signal: controller.signal,
      headers: {
        ...(options.token !== undefined ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': options.contentType ?? 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: options.body } : {}),
    });
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.startsWith('text/event-stream')) {
      controller.abort();
      return { status: response.status, contentType, body: '', headers: response.headers };
    }
    return { status: response.status, contentType, body: await response.text(), headers: response.headers };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The app on a real socket, so an allowed Server-Sent Events stream can be opened and hung up on like any client does
 * (`inject` would wait for a stream that never ends).
 */
export class LiveApp implements HttpTarget {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly base: string,
    private readonly previousEnv: Record<string, string | undefined>,
  ) {}

  /** `env` is applied for the app's life and undone at close, so the next spec in the same jest process starts clean. */
  static async start(env: Record<string, string> = {}): Promise<LiveApp> {
    // The fuzzer sends thousands of requests per token; the rate limit has its own suite.
    const applied = { NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '1000000', ...env };
    const previousEnv = Object.fromEntries(Object.keys(applied).map((key) => [key, process.env[key]]));
    const app = await bootApp('all', applied);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new LiveApp(app, `http://127.0.0.1:${address.port}`, previousEnv);
  }

  request(method: string, url: string, options: RequestOptions = {}): Promise<HttpAnswer> {
    return requestAt(this.base, method, url, options);
  }

  async close(): Promise<void> {
    await this.app.close();
    for (const [key, value] of Object.entries(this.previousEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
