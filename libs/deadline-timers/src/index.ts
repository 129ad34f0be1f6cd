export * from './deadline-scheduler.js';
export * from './nest/deadline-timers.module.js';
