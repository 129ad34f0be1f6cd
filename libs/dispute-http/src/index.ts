export * from './command-route.js';
export * from './schemas.js';
export { commandRoutes } from './routes/index.js';
export { registrationBody, registrationExample } from './routes/registration.route.js';
export { DisputeHttpModule } from './nest/dispute-http.module.js';
export { CLOCK, type Clock } from './nest/tokens.js';
