export * from './job-queues.js';
export * from './in-process-job-queues.js';
export * from './bullmq-job-queues.js';
export * from './nest/jobs.module.js';
