/**
 * Offline verification of a case export. Needs Node.js and this file only (node:crypto, no network, no database):
 *   node dist/libs/case-export/src/cli/verify-export.js export.json --public-key export-signing.pub.pem
 *   node dist/libs/case-export/src/cli/verify-export.js --print-development-public-key
 * Exit 0: VALID; 1: INVALID (tampered, truncated, reordered, wrong key, not an export); 2: usage error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { verifyCaseExport } from '../case-export.js';
import { developmentExportKeyPair } from '../keys.js';

export interface VerifyExportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const usage = `usage:
  verify-export <export.json> --public-key <key.pem>
  verify-export --print-development-public-key

Exit codes: 0 valid, 1 invalid, 2 usage error.`;

const usageError = (io: VerifyExportIo, message: string): number => {
  io.stderr(`${message}\n\n${usage}\n`);
  return 2;
};

export const main = (argv: readonly string[], io: VerifyExportIo): number => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'public-key': { type: 'string' },
        'print-development-public-key': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (values['print-development-public-key']) {
    if (positionals.length > 0 || values['public-key'] !== undefined) return usageError(io, '--print-development-public-key takes no other arguments');
    io.stdout(developmentExportKeyPair().publicKeyPem);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'expected exactly one export file');
  if (values['public-key'] === undefined) return usageError(io, '--public-key <key.pem> is required');

  let exportText: string;
  let publicKeyPem: string;
  try {
    exportText = readFileSync(positionals[0]!, 'utf8');
  } catch (error) {
    return usageError(io, `cannot read export file: ${(error as Error).message}`);
  }
  try {
    publicKeyPem = readFileSync(values['public-key'], 'utf8');
  } catch (error) {
    return usageError(io, `cannot read public key file: ${(error as Error).message}`);
  }

  let doc: unknown;
  try {
    doc = JSON.parse(exportText);
  } catch (error) {
    io.stdout(`INVALID: malformed: not JSON (${(error as Error).message})\n`);
    return 1;
  }
  let result;
  try {
    result = verifyCaseExport(doc, publicKeyPem);
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  if (result.valid) {
    io.stdout(`VALID: ${result.entryCount} entries, head ${result.headHash}\n`);
    return 0;
  }
  const where = result.entryIndex === undefined ? '' : ` at entry ${result.entryIndex}`;
  io.stdout(`INVALID: ${result.reason}${where}: ${result.detail}\n`);
  return 1;
};

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
