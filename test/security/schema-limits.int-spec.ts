import { bootApp } from '../support/boot-app.js';
import { operationsOf, type JsonSchema } from './support/openapi.js';

/** A pattern bounds a string's length when it is anchored and has no `*`, `+` or open `{n,}` repetition. */
const boundedPattern = (pattern: string) => pattern.startsWith('^') && pattern.endsWith('$') && !/(?<!\\)[*+]|\{\d+,\}/.test(pattern);

/** Every string and array in a schema that has no upper bound, by its path. */
function unbounded(schema: JsonSchema | undefined, path: string): string[] {
  if (!schema) return [];
  const here: string[] = [];
  if (schema.type === 'string' && schema.maxLength === undefined && !schema.enum && schema.const === undefined && !(schema.pattern && boundedPattern(schema.pattern))) here.push(`${path}: string without maxLength`);
  if (schema.type === 'array' && schema.maxItems === undefined) here.push(`${path}: array without maxItems`);
  if (schema.type === 'object' && schema.additionalProperties !== false && !schema.properties) here.push(`${path}: open object`);
  return [
    ...here,
    ...Object.entries(schema.properties ?? {}).flatMap(([key, value]) => unbounded(value, `${path}.${key}`)),
    ...unbounded(schema.items, `${path}[]`),
    ...(schema.oneOf ?? schema.anyOf ?? []).flatMap((option, i) => unbounded(option, `${path}|${i}`)),
  ];
}

describe('request bodies are bounded (unbounded strings and arrays are a DoS and storage risk)', () => {
  it('gives every string of every documented body a maximum length and every array a maximum size', async () => {
    const app = await bootApp('all', { NODE_ENV: 'test' });
    try {
      const operations = await operationsOf(app);
      const bodies = operations.filter((o) => o.body);
      expect(bodies.length).toBeGreaterThan(50);
      expect(bodies.map((o) => o.operationId)).toEqual(expect.arrayContaining(['RegisterDispute', 'RevealPersonalData', 'IssueAward']));
      expect(bodies.flatMap((o) => unbounded(o.body, o.operationId))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('tells bounded patterns from unbounded ones', () => {
    expect(boundedPattern('^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$')).toBe(true);
    expect(boundedPattern('^\\d{4}-\\d{2}-\\d{2}$')).toBe(true);
    expect(boundedPattern('^[a-z]+$')).toBe(false);
    expect(boundedPattern('^\\d{2,}$')).toBe(false);
    expect(boundedPattern('[a-z]{1,3}')).toBe(false);
  });
});
