/**
 * Canonical JSON: object keys sorted recursively (UTF-16 code-unit order, as `Array.prototype.sort`), no whitespace,
 * strings and numbers serialised exactly as `JSON.stringify` does. For values that came out of `JSON.parse` this is
 * the serialisation of RFC 8785 (JCS), so any JCS implementation reproduces the same bytes.
 *
 * Like `JSON.stringify`, object properties whose value is `undefined` are left out and `toJSON` (e.g. on `Date`) is
 * honoured. Anything that has no JSON form (non-finite numbers, bigint, functions, symbols, `undefined` at the top
 * level or inside an array) throws instead of being silently dropped or turned into `null`.
 */
export const canonicalJson = (value: unknown): string => serialise(value, '$');

const serialise = (value: unknown, path: string): string => {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: non-finite number at ${path}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => {
          if (item === undefined) throw new TypeError(`canonical JSON: undefined at ${path}[${i}]`);
          return serialise(item, `${path}[${i}]`);
        }).join(',')}]`;
      }
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${serialise(record[key], `${path}.${key}`)}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON: a ${typeof value} has no JSON form (at ${path})`);
  }
};
