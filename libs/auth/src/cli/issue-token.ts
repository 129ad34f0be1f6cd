/**
 * Prints a development access token (HS256, shared secret). Example:
 *   node dist/libs/auth/src/cli/issue-token.js --role mediator --org body-1 --name "Li Mei"
 */
import { issueTokenFromArgs, issueTokenUsage } from './issue-token-args.js';

try {
  process.stdout.write(`${await issueTokenFromArgs(process.argv.slice(2), process.env)}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${issueTokenUsage}\n`);
  process.exitCode = 1;
}
