/**
 * Prints a development access token (HS256, shared secret). Example:
 *   node dist/libs/auth/src/cli/issue-token.js --role mediator --org body-1 --name "Li Mei"
 * Without AUTH_* settings (and outside production) it signs with the same development defaults the api accepts.
 */
import { DEVELOPMENT_AUTH } from '#config';
import { issueTokenFromArgs, issueTokenUsage } from './issue-token-args.js';

const env = process.env['AUTH_JWT_SECRET'] || process.env['NODE_ENV'] === 'production' ? process.env : { ...DEVELOPMENT_AUTH, ...process.env, AUTH_JWT_SECRET: DEVELOPMENT_AUTH.AUTH_JWT_SECRET };

try {
  process.stdout.write(`${await issueTokenFromArgs(process.argv.slice(2), env)}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${issueTokenUsage}\n`);
  process.exitCode = 1;
}
