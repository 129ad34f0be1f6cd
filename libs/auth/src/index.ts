export * from './claims.js';
export * from './token-verifier.js';
export * from './issue-token.js';
export * from './auth-config.js';
export * from './permissions.js';
export * from './nest/auth.module.js';
