import { createHash } from 'node:crypto';

/** The namespace of this system's name-based ids (RFC 9562 v5): fixed forever, or old ids stop matching. */
const NAMESPACE = Buffer.from('6f1d2c0e8a3b4f5aa1c27e9d3b6f4a10', 'hex');

/** A UUID v5 from a name: the same name gives the same id in every process, so a retried write is recognised. */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the n-th event a command produced. */
export const eventIdFor = (commandId: string, index: number): string => nameBasedUuid(`${commandId}/${index}`);
