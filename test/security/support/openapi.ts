import fc from 'fast-check';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The slice of JSON Schema that zod's `toJSONSchema` emits for the API's bodies. */
export interface JsonSchema {
  readonly type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
}

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
}

/** One operation of the OpenAPI document, as the security suites walk them. */
export interface Operation {
  readonly method: 'GET' | 'POST';
  /** OpenAPI template, e.g. `/disputes/{id}/history`. */
  readonly path: string;
  readonly operationId: string;
  /** The permission-table action (`x-permission`); undefined for unauthenticated routes (health, docs). */
  readonly permission: string | undefined;
  readonly parameters: readonly Parameter[];
  readonly body: JsonSchema | undefined;
  readonly example: unknown;
  readonly tags: readonly string[];
}

/** Every operation the running app documents: a route added tomorrow is in this list without anyone adding it. */
export async function operationsOf(app: NestFastifyApplication): Promise<Operation[]> {
  const response = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`/docs/openapi.json answered ${response.statusCode}`);
  const document = response.json() as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op['requestBody'] as { content?: Record<string, { schema?: JsonSchema; examples?: { example?: { value: unknown } } }> } | undefined)?.content?.['application/json'];
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        operationId: String(op['operationId']),
        permission: op['x-permission'] as string | undefined,
        parameters: (op['parameters'] as Parameter[] | undefined) ?? [],
        body: content?.schema,
        example: content?.examples?.example?.value,
        tags: (op['tags'] as string[] | undefined) ?? [],
      });
    }
  }
  return operations;
}

/** Routes that answer with a Server-Sent Events stream when allowed: read the status and headers, then hang up. */
export const isStream = (operation: Operation) => operation.path.startsWith('/live/');

export const fill = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? `missing-${name}`));

/** Strings an attacker or a careless client sends: SQL, HTML, control characters, unicode, path tricks. */
export const hostileStrings = [
  "'; DROP TABLE es_events; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u0000\u0001\u0007\u001b[31m\u007f',
  '\r\nSet-Cookie: x=1',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '\uFEFF\u200B\u202E',
  '𠮷野家 👩‍👩‍👧‍👦 王五',
  '\uD800',
  ' ',
  '',
  '2026-02-30',
  '9999-99-99',
  '-1',
  '1e400',
  'NaN',
  '99999999999999999999999',
  'x'.repeat(5000),
];

/** Values of every JSON type, and the edges of numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(null, true, false, 0, -1, -0.5, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, [], {}, [[[[]]]], JSON.parse('{"__proto__":{"polluted":true}}'), JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const legalDateArb = fc
  .tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Values the schema accepts (mostly: dates may be 2026-02-31, which only the refinement refuses). */
export function valueFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.oneOf ?? schema.anyOf;
  if (options) return fc.oneof(...options.map((option) => valueFor(option, depth + 1)));
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return legalDateArb;
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) }).map((s) => (s.trim() ? s : `${s}x`));
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1e9, -1e15), max: Math.min(schema.maximum ?? 1e9, 1e15) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueFor(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, 3)) });
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, valueFor(value, depth + 1)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) as never });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value with one place (chosen by `path`) replaced by something hostile, or a key added beside it. */
export function mutate(value: unknown, path: readonly number[], replacement: unknown, addKey: boolean): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const at = step % value.length;
    return value.map((item, i) => (i === at ? mutate(item, rest, replacement, addKey) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0 || (addKey && rest.length === 0)) return { ...value, [`extra${step % 3}`]: replacement };
  const key = keys[step % keys.length]!;
  return { ...value, [key]: mutate((value as Record<string, unknown>)[key], rest, replacement, addKey) };
}

/** A body for the operation: valid-ish, one field made hostile, any JSON at all, or bytes that are not JSON. */
export function bodyFor(schema: JsonSchema | undefined, example?: unknown): fc.Arbitrary<{ kind: string; payload: string; contentType: string }> {
  const json = (kind: string) => (value: unknown) => ({ kind, payload: JSON.stringify(value) ?? 'null', contentType: 'application/json' });
  // The documented example is valid: sent as it is, and with one field made hostile, it reaches the deciders.
  const fromExample =
    example === undefined
      ? []
      : [
          { weight: 2, arbitrary: fc.constant(example).map(json('example')) },
          {
            weight: 3,
            arbitrary: fc
              .tuple(fc.array(fc.nat(), { maxLength: 3 }), fc.oneof(hostileValue, valueFor(schema)), fc.boolean())
              .map(([path, replacement, addKey]) => json('example-mutated')(mutate(example, path, replacement, addKey))),
          },
        ];
  return fc.oneof(
    ...fromExample,
    { weight: 4, arbitrary: valueFor(schema).map(json('valid-ish')) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(valueFor(schema), fc.array(fc.nat(), { maxLength: 4 }), hostileValue, fc.boolean())
        .map(([value, path, replacement, addKey]) => json('mutated')(mutate(value, path, replacement, addKey))),
    },
    { weight: 1, arbitrary: hostileValue.map(json('any-json')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('{"a":', '[', '{"a":1}}', 'null null', '\u0000', '{"__proto__":{"x":1}}', '<xml/>', ''), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml'))
        .map(([payload, contentType]) => ({ kind: 'raw', payload, contentType })),
    },
  );
}

/** A query or header value: realistic, an edge, or hostile. */
export const parameterValue = fc.oneof(
  fc.constantFrom('2026-06-01', '2026-02-30', '1', '0', '-1', '200', '201', '100000000', '1e3', 'mediation', 'w1', '"3"', 'W/"3"', '3301', 'abc'),
  fc.constantFrom(...hostileStrings.filter((s) => s.length < 200 && !/[\u0000-\u001f\u007f-\uffff]/.test(s))),
  fc.string({ maxLength: 30 }),
);

/** What no response body may contain: a stack frame, a source path, a driver's or library's internals. */
export const leakPatterns: readonly RegExp[] = [
  /\bat (?:async )?[\w$.<>\[\] ]+ \((?:file:|node:|\/)/,
  /(?:\n|\\n)\s+at /,
  /\/work\/|\/home\/|\/usr\/|node_modules/,
  /\.(?:ts|js):\d+/,
  /QueryFailedError|TypeError|ReferenceError|SyntaxError: /,
  /duplicate key value|violates|relation "|column "/,
];

export function leaks(body: string): RegExp | undefined {
  // `instance` echoes the request's own URL, which the fuzzer fills with whatever it likes.
  let checked = body;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    if (parsed && typeof parsed === 'object') checked = JSON.stringify({ ...parsed, instance: undefined });
  } catch {
    // not JSON: checked as it is
  }
  return leakPatterns.find((pattern) => pattern.test(checked));
}
