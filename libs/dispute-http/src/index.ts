export * from './command-route.js';
export * from './schemas.js';
export { commandRoutes } from './routes/index.js';
export { registrationBody, registrationExample } from './routes/registration.route.js';
export { DisputeHttpModule } from './nest/dispute-http.module.js';
export { DisputeCommandsModule } from './nest/dispute-commands.module.js';
export { ExecuteDisputeCommand, type DisputeCommandRequest } from './nest/execute-dispute-command.js';
export { TOKEN_VERIFIER, VAULT } from './nest/tokens.js';
export { AuthGuard, Permission, type AuthenticatedRequest } from './nest/auth.guard.js';
