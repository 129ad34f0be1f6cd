import { eventStoreMigrations } from '#event-store';
import { projectionMigrations } from '#projections';

/** Every lib's migrations, in the order they must run. */
export const allMigrations = [...eventStoreMigrations, ...projectionMigrations];
