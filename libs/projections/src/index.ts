// Placeholder until the projection runner lands (same commit series): the migrations list the database lib reads.
export const projectionMigrations: (new () => import('typeorm').MigrationInterface)[] = [];
