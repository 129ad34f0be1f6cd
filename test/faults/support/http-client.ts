import { tokenFor } from '../../support/tokens.js';
import type { HumanRole } from '#auth';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** Plain HTTP against a spawned app, as a client would talk to it: a refused connection is an answer too (status 0). */
export function httpClient(base: () => string, role: HumanRole = 'mediator') {
  let token: Promise<string> | undefined;
  const send = async (method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<Answer> => {
    token ??= tokenFor(role);
    try {
      const response = await fetch(`${base()}${path}`, {
        method,
        headers: { authorization: `Bearer ${await token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let parsed: Record<string, unknown> = {};
      try {
        parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        parsed = { text };
      }
      return { status: response.status, headers: response.headers, body: parsed };
    } catch (error) {
      return { status: 0, headers: new Headers(), body: { error: String((error as Error)?.cause ?? error) } };
    }
  };
  return {
    post: (path: string, body: object, headers?: Record<string, string>) => send('POST', path, body, headers),
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
  };
}
