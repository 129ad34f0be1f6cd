import { z } from 'zod';

const url = (protocols: readonly string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting the processes read, with its default for this machine. The README's table lists the same. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: integer(0, 65535).default(3000),
    /** Unset: embedded PostgreSQL (PGlite) under DATA_DIR, for `npm start` on a laptop; required in production. */
    DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
    /** Where embedded mode keeps its database. */
    DATA_DIR: z.string().min(1).default('.data'),
    /** Embedded mode seeds the demo data set on its first start (an empty store). */
    DEMO_SEED: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
    DATABASE_POOL_SIZE: integer(1, 200).default(10),
    /** Off for servers whose connections share one session (a transaction-pooling PgBouncer); embedded mode turns it off. */
    DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
    /** Unset: timers and notifications run in process (embedded mode); required in production. */
    REDIS_URL: url(['redis:', 'rediss:']).optional(),
    EVENT_STORE: z.enum(['postgres', 'esdb']).default('postgres'),
    ESDB_CONNECTION_STRING: url(['esdb:', 'esdb+discover:', 'kurrentdb:', 'kurrentdb+discover:']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Deadlines end at the end of the legal day in this zone. */
    LEGAL_TIME_ZONE: z
      .string()
      .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'must be an IANA time zone')
      .default('Asia/Shanghai'),
    /** Readiness fails when a projection is further behind than this. */
    PROJECTION_MAX_LAG_SECONDS: integer(1, 86_400).default(30),
    /** How often the timers re-add jobs Redis lost; also done at start-up. */
    TIMER_RECONCILE_SECONDS: integer(1, 86_400).default(60),
    /** A timer job whose worker died is retried after this long. */
    TIMER_LOCK_SECONDS: integer(1, 600).default(30),
    /** Requests per caller (token user) and minute, per api process. */
    RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000).default(600),
    /** Bearer credential a Prometheus scraper presents at /metrics; without it only admin tokens may scrape. */
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters (openssl rand -hex 32)').optional(),
    /** Notifications (libs/notifications): reminders this many working days before a deadline is due. */
    NOTIFY_REMINDER_LEAD_DAYS: z.string().regex(/^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$/, 'must be working days such as "3,1"').default('3,1'),
    /** Per-rule lead times, e.g. "awardWithinFortyFiveDays=5,3,1;acceptanceWithinFiveDays=1" ("rule=" turns them off). */
    NOTIFY_REMINDER_LEAD_DAYS_BY_RULE: z.string().regex(/^(\s*[A-Za-z][A-Za-z0-9]*\s*=\s*(\d{1,2}(\s*,\s*\d{1,2})*)?\s*)(;\s*[A-Za-z][A-Za-z0-9]*\s*=\s*(\d{1,2}(\s*,\s*\d{1,2})*)?\s*)*;?$/, 'must be <rule>=<working days>;…').optional(),
    /** Tries per notification delivery (the first included) before it goes to the dead letters. */
    NOTIFY_MAX_ATTEMPTS: integer(1, 50).default(8),
    /** First retry's delay; each next one doubles it. */
    NOTIFY_BACKOFF_MS: integer(10, 3_600_000).default(5_000),
    NOTIFY_WEBHOOK_TIMEOUT_MS: integer(100, 120_000).default(10_000),
    /** How often pending deliveries and reminders are re-queued if the queues lost them; also done at start-up. */
    NOTIFY_RECONCILE_SECONDS: integer(1, 86_400).default(60),
    /** E-mail notifications, off unless set: smtp://user:password@host:587 or smtps://… (a password needs 12+ characters). */
    SMTP_URL: url(['smtp:', 'smtps:'])
      .refine((value) => {
        try {
          const password = decodeURIComponent(new URL(value).password);
          return password === '' || password.length >= 12;
        } catch {
          return false;
        }
      }, 'a password in SMTP_URL must be at least 12 characters')
      .optional(),
    SMTP_FROM: z.string().email('must be an e-mail address').default('notifications@labour-disputes.invalid'),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && !config.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production (embedded PostgreSQL is for a laptop)' });
    }
    // In-process timers live in one process; production runs several, so it needs the shared queue.
    if (config.NODE_ENV === 'production' && !config.REDIS_URL) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'is required in production (timers and notifications need a shared queue)' });
    }
    if (config.EVENT_STORE === 'esdb' && !config.ESDB_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['ESDB_CONNECTION_STRING'], message: 'is required when EVENT_STORE=esdb' });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

/** A setting is missing or malformed: the message names each one, and the process stops. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Empty strings count as unset, so `FOO=` in a .env file falls back to the default. */
const withoutBlanks = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = configSchema.safeParse(withoutBlanks(env));
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
}
