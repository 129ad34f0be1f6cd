import { runProcess } from '#platform';

/** `npm run db:migrate`: create the database if missing, apply every migration, exit. */
await runProcess(async (config) => {
  console.log(`database ${new URL(config.DATABASE_URL).pathname.slice(1)} is migrated`);
});
