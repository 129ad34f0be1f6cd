import { runProcess } from '#platform';

/** `npm run db:migrate`: create the database if missing, apply every migration, exit. */
await runProcess(
  async (config) => {
    console.log(`database ${config.embedded ? `embedded in ${config.DATA_DIR}` : new URL(config.DATABASE_URL).pathname.slice(1)} is migrated`);
  },
  { embedded: true },
);
