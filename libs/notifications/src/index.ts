// The Nest modules (worker, admin API) are in ./nest/index.ts, imported by the apps directly: #database imports this
// index for the migration, and the Nest modules import #platform, which imports #database.
export * from './delivery-ids.js';
export * from './webhook-signature.js';
export * from './reminder-leads.js';
export * from './notification-case.projection.js';
export * from './notices.js';
export * from './outbox.js';
export * from './send-outcome.js';
export * from './webhook-sender.js';
export * from './email-sender.js';
export * from './reminders.js';
export * from './notifier.js';
export * from './migrations.js';
export * from './seal-subscription-secrets.migration.js';
export * from './subscription-secrets.js';
