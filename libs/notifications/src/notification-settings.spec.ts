import { ConfigService } from '@nestjs/config';
import { ConfigError, loadConfig } from '#config';
import { notificationSettings } from './nest/notifications-settings.js';

const settingsOf = (env: Record<string, string>) => notificationSettings(new ConfigService(loadConfig(env)));
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as ConfigError).problems;
  }
  return [];
};

describe('notification settings', () => {
  it('default to reminders 3 and 1 working days ahead, 8 tries from 5 s, webhooks only', () => {
    const settings = settingsOf({});
    expect(settings.leads).toEqual({ defaults: [3, 1], byRule: {} });
    expect(settings.outbox).toMatchObject({ maxAttempts: 8, backoffMs: 5_000 });
    expect([...settings.outbox.channels]).toEqual(['webhook']);
    expect(settings.smtp).toBeUndefined();
  });

  it('switch e-mail on with SMTP_URL and take per-rule lead times', () => {
    const settings = settingsOf({ SMTP_URL: 'smtps://mailer:a-long-password-1@mail.example:465', NOTIFY_REMINDER_LEAD_DAYS_BY_RULE: 'awardWithinFortyFiveDays=5,3,1;acceptanceWithinFiveDays=' });
    expect([...settings.outbox.channels]).toEqual(['webhook', 'email']);
    expect(settings.leads.byRule).toEqual({ awardWithinFortyFiveDays: [5, 3, 1], acceptanceWithinFiveDays: [] });
  });

  it('refuse malformed values by name, and a short SMTP password without repeating it', () => {
    const problems = problemsOf({ NOTIFY_REMINDER_LEAD_DAYS: 'three', NOTIFY_MAX_ATTEMPTS: '0', SMTP_URL: 'smtp://mailer:short@mail.example', SMTP_FROM: 'nobody' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['NOTIFY_REMINDER_LEAD_DAYS', 'NOTIFY_MAX_ATTEMPTS', 'SMTP_URL', 'SMTP_FROM']));
    expect(problems.join('\n')).not.toContain('short');
    expect(problemsOf({ SMTP_URL: 'http://mail.example' })[0]).toMatch(/^SMTP_URL: must be a URL starting with smtp:\/\/ or smtps:\/\//);
  });
});
