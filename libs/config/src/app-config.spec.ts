import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the services on this machine', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('.data');
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.EVENT_STORE).toBe('postgres');
    expect(config.PORT).toBe(3000);
    expect(config.LEGAL_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('runs embedded (PGlite, timers in process) without DATABASE_URL and REDIS_URL, but not in production', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2' }).REDIS_URL).toBe('redis://127.0.0.1:6379/2');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/REDIS_URL: is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
  });

  it('names every malformed setting and why', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LEGAL_TIME_ZONE: 'Mars/Olympus' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^DATABASE_URL: must be a URL starting with postgres:\/\//m);
      expect(problems).toMatch(/^LEGAL_TIME_ZONE: must be an IANA time zone/m);
    }
  });

  it('requires the EventStoreDB connection string when that store is chosen', () => {
    expect(() => loadConfig({ EVENT_STORE: 'esdb' })).toThrow(/ESDB_CONNECTION_STRING: is required when EVENT_STORE=esdb/);
    expect(loadConfig({ EVENT_STORE: 'esdb', ESDB_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' }).EVENT_STORE).toBe('esdb');
  });

  it('prepares statements unless told the server shares one session among connections', () => {
    expect(loadConfig({}).DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(/^\s+- DATABASE_PREPARED_STATEMENTS: /m);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });

  it('takes an optional scrape credential for /metrics, refusing a short one', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(() => loadConfig({ METRICS_TOKEN: 'secret' })).toThrow(/METRICS_TOKEN: must be at least 32 characters/);
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(32) }).METRICS_TOKEN).toBe('a'.repeat(32));
  });
});
