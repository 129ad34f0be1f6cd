/** Tests use their own Redis database index when TEST_REDIS_URL says so, so parallel runs do not flush each other. */
export const testRedisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
