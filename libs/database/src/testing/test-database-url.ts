/** Integration tests share one real database, separate from the development one. */
export const testDatabaseUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/labour_disputes_test';
