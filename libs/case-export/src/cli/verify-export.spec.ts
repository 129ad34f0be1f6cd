import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position, RecordedEvent } from '#event-store';
import { buildCaseExport, serialiseCaseExport } from '../case-export.js';
import { developmentExportKeyPair, generateExportKeyPair, loadExportSigner } from '../keys.js';
import { main } from './verify-export.js';

const run = (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
};

const events: RecordedEvent[] = [0, 1, 2].map((revision) => ({
  id: `e-${revision}`,
  type: 'Step',
  stream: 'dispute-d1',
  revision,
  position: String(revision) as Position,
  data: { revision },
  metadata: { actor: { userId: 'u', role: 'mediator', organisationId: 'o' }, summary: `step ${revision}` },
  recordedAt: new Date(Date.UTC(2026, 0, 1 + revision)),
}));

describe('verify-export CLI', () => {
  let dir: string;
  const keys = generateExportKeyPair();
  const doc = buildCaseExport({ disputeId: 'd1', events, exportedAt: new Date('2026-02-01T00:00:00Z'), exportedBy: { userId: 'u', role: 'court-liaison', organisationId: 'c' }, signer: { keyId: 'k', privateKeyPem: keys.privateKeyPem } });
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'case-export-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints VALID and exits 0 for an untouched export', () => {
    const result = run([file('export.json', serialiseCaseExport(doc)), '--public-key', file('key.pem', keys.publicKeyPem)]);
    expect(result).toEqual({ code: 0, stdout: `VALID: 3 entries, head ${doc.headHash}\n`, stderr: '' });
  });

  it('prints INVALID with the reason and entry, and exits 1, for a tampered export', () => {
    const tampered = JSON.parse(serialiseCaseExport(doc));
    tampered.entries[1].data.revision = 7;
    const result = run([file('export.json', JSON.stringify(tampered)), `--public-key=${file('key.pem', keys.publicKeyPem)}`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^INVALID: hash_mismatch at entry 1: /);
  });

  it('exits 1 for a wrong key, a truncated export and a file that is not JSON', () => {
    const exportPath = file('export.json', serialiseCaseExport(doc));
    const other = run([exportPath, '--public-key', file('other.pem', generateExportKeyPair().publicKeyPem)]);
    expect(other).toMatchObject({ code: 1, stdout: expect.stringMatching(/^INVALID: bad_signature: /) });
    const truncated = JSON.parse(serialiseCaseExport(doc));
    truncated.entries.pop();
    expect(run([file('short.json', JSON.stringify(truncated)), '--public-key', file('key.pem', keys.publicKeyPem)])).toMatchObject({ code: 1, stdout: expect.stringMatching(/^INVALID: count_mismatch at entry 2: /) });
    expect(run([file('junk.json', '{"format":'), '--public-key', file('key.pem', keys.publicKeyPem)])).toMatchObject({ code: 1, stdout: expect.stringMatching(/^INVALID: malformed: /) });
  });

  it('exits 2 on usage errors', () => {
    const exportPath = file('export.json', serialiseCaseExport(doc));
    const keyPath = file('key.pem', keys.publicKeyPem);
    for (const argv of [[], [exportPath], ['--public-key', keyPath], [exportPath, exportPath, '--public-key', keyPath], [exportPath, '--public-key', keyPath, '--bogus'], [join(dir, 'missing.json'), '--public-key', keyPath], [exportPath, '--public-key', join(dir, 'missing.pem')], [exportPath, '--public-key', exportPath]]) {
      const result = run(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('usage:');
    }
  });

  it('prints the development public key, which verifies exports signed by the development default', () => {
    const printed = run(['--print-development-public-key']);
    expect(printed).toEqual({ code: 0, stdout: developmentExportKeyPair().publicKeyPem, stderr: '' });
    const demo = buildCaseExport({ disputeId: 'd1', events, exportedAt: new Date(), exportedBy: { userId: 'u', role: 'admin', organisationId: 'o' }, signer: loadExportSigner({}) });
    const keyPath = file('dev.pem', printed.stdout);
    expect(readFileSync(keyPath, 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect(run([file('demo.json', serialiseCaseExport(demo)), '--public-key', keyPath]).code).toBe(0);
    expect(run(['--print-development-public-key', 'extra']).code).toBe(2);
  });
});
