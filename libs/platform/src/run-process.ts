import { ConfigError, loadConfig, type AppConfig } from '#config';
import { DatabaseUnreachable } from '#database';
import { prepareInfrastructure } from './prepare-infrastructure.js';

/**
 * Entry-point wrapper: validate config, prepare the database, then start. A known start-up failure prints one
 * plain message naming what to fix and exits 1; only the unexpected gets a stack.
 */
export async function runProcess(start: (config: AppConfig) => Promise<void>): Promise<void> {
  try {
    const config = loadConfig();
    await prepareInfrastructure(config);
    await start(config);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnreachable) {
      console.error(error.message);
    } else {
      console.error('start-up failed:', error);
    }
    process.exit(1);
  }
}
