import { ConfigService } from '@nestjs/config';
import type { Channel, OutboxSettings } from '../outbox.js';
import { parseLeadDays, parseLeadDaysByRule, type ReminderLeads } from '../reminder-leads.js';

export interface NotificationSettings {
  readonly outbox: OutboxSettings;
  readonly leads: ReminderLeads;
  readonly timeZone: string;
  readonly webhookTimeoutMs: number;
  readonly reconcileMs: number;
  readonly smtp?: { readonly url: string; readonly from: string };
}

export function notificationSettings(config: ConfigService): NotificationSettings {
  const smtpUrl = config.get<string>('SMTP_URL');
  const webhookTimeoutMs = config.get<number>('NOTIFY_WEBHOOK_TIMEOUT_MS')!;
  const channels = new Set<Channel>(smtpUrl ? ['webhook', 'email'] : ['webhook']);
  return {
    outbox: { maxAttempts: config.get<number>('NOTIFY_MAX_ATTEMPTS')!, backoffMs: config.get<number>('NOTIFY_BACKOFF_MS')!, channels, claimMs: webhookTimeoutMs + 5_000 },
    leads: { defaults: parseLeadDays(config.get<string>('NOTIFY_REMINDER_LEAD_DAYS')!), byRule: parseLeadDaysByRule(config.get<string>('NOTIFY_REMINDER_LEAD_DAYS_BY_RULE')) },
    timeZone: config.get<string>('LEGAL_TIME_ZONE')!,
    webhookTimeoutMs,
    reconcileMs: config.get<number>('NOTIFY_RECONCILE_SECONDS')! * 1000,
    smtp: smtpUrl ? { url: smtpUrl, from: config.get<string>('SMTP_FROM')! } : undefined,
  };
}
