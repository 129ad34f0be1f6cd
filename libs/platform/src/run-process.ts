import type { INestApplication } from '@nestjs/common';
import { ConfigError, loadConfig, type AppConfig } from '#config';
import { DatabaseUnreachable, EmbeddedDatabaseBusy, startEmbeddedPostgres, type EmbeddedPostgres } from '#database';
import { prepareInfrastructure } from './prepare-infrastructure.js';

/** The configuration once the database is known: the configured server, or the embedded one. */
export type RunConfig = AppConfig & { readonly DATABASE_URL: string; readonly embedded: boolean };

export interface RunOptions {
  /** This entry point may start embedded PostgreSQL when DATABASE_URL is unset (one process holds it). */
  readonly embedded?: boolean;
}

/**
 * Entry-point wrapper: validate config, find or start the database, migrate it, then start. A known start-up failure
 * prints one plain message naming what to fix and exits 1; only the unexpected gets a stack. A started app is closed
 * on SIGINT/SIGTERM before the embedded database, so nothing is cut off mid-write.
 */
export async function runProcess(start: (config: RunConfig) => Promise<INestApplication | void>, options: RunOptions = {}): Promise<void> {
  let embedded: EmbeddedPostgres | undefined;
  try {
    const configured = loadConfig();
    if (!configured.DATABASE_URL) {
      if (!options.embedded) throw new ConfigError(['DATABASE_URL: is required here (only `npm start` runs embedded PostgreSQL)']);
      embedded = await startEmbeddedPostgres({ dataDir: configured.DATA_DIR, maxConnections: 4 * configured.DATABASE_POOL_SIZE + 16 });
      // The app's modules read their settings when they are built: they find the embedded server like any other.
      process.env.DATABASE_URL = embedded.url;
      // PGlite gives every connection the same session, so a statement name prepared on one exists on all.
      process.env.DATABASE_PREPARED_STATEMENTS = 'false';
      console.log(`embedded PostgreSQL (PGlite) with its data in ${embedded.dataDir}`);
    }
    const config: RunConfig = { ...loadConfig(), DATABASE_URL: process.env.DATABASE_URL ?? configured.DATABASE_URL!, embedded: embedded !== undefined };
    await prepareInfrastructure(config);
    const app = await start(config);
    // A one-shot command (migrate, seed) returns nothing: the embedded database closes with it.
    if (embedded) app ? closeOnSignal(app, embedded) : await embedded.close();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnreachable || error instanceof EmbeddedDatabaseBusy) {
      console.error(error.message);
    } else {
      console.error('start-up failed:', error);
    }
    await embedded?.close().catch(() => undefined);
    process.exit(1);
  }
}

function closeOnSignal(app: INestApplication, embedded: EmbeddedPostgres): void {
  let closing = false;
  const close = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    await app.close().catch((error: Error) => console.error(`closing the app: ${error.message}`));
    await embedded.close().catch((error: Error) => console.error(`closing the embedded database: ${error.message}`));
    process.exit(signal === 'SIGINT' ? 130 : 0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
}
