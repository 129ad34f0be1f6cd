import { Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAuthConfig, TokenVerifier } from '#auth';
import { DEVELOPMENT_AUTH } from '#config';
import { IdempotencyStore } from '#idempotency';
import { loadVaultKeyConfig, PersonalDataVault } from '#personal-data';
import { AuthGuard } from './auth.guard.js';
import { CommandEndpoint } from './command-endpoint.js';
import { DisputeCommandsController } from './dispute-commands.controller.js';
import { DisputeQueriesController } from './dispute-queries.controller.js';
import { ExecuteDisputeCommandHandler } from './execute-dispute-command.js';
import { LiveUpdatesController } from './live-updates.controller.js';
import { ReadModelsController } from './read-models.controller.js';
import { RegistrationController } from './registration.controller.js';
import { CLOCK, TOKEN_VERIFIER, VAULT, type Clock } from './tokens.js';


function authEnvironment(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const configured = env['AUTH_JWT_SECRET'] || env['AUTH_JWKS_URL'] || env['AUTH_PUBLIC_KEY'];
  if (configured || env['NODE_ENV'] === 'production') return env;
  new Logger('Auth').warn('no AUTH_* key configured: accepting development tokens signed with the built-in development secret');
  return { ...DEVELOPMENT_AUTH, ...Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('AUTH_') && env[k])), NODE_ENV: env['NODE_ENV'] };
}

/** Tests (only) may fix the wall clock with TEST_CLOCK=<ISO instant>, so that dated scenarios do not age. */
function clockFromEnvironment(): Clock {
  const fixed = process.env['TEST_CLOCK'];
  if (fixed && process.env['NODE_ENV'] === 'test') {
    const at = new Date(fixed);
    if (Number.isNaN(at.getTime())) throw new Error(`TEST_CLOCK: "${fixed}" is not an instant`);
    return { now: () => new Date(at) };
  }
  return { now: () => new Date() };
}

@Module({
  controllers: [RegistrationController, ReadModelsController, LiveUpdatesController, DisputeQueriesController, DisputeCommandsController],
  providers: [
    CommandEndpoint,
    IdempotencyStore,
    ExecuteDisputeCommandHandler,
    AuthGuard,
    { provide: CLOCK, useFactory: clockFromEnvironment },
    { provide: TOKEN_VERIFIER, useFactory: () => new TokenVerifier(loadAuthConfig(authEnvironment(process.env))) },
    {
      provide: VAULT,
      inject: [DataSource],
      useFactory: (db: DataSource) => new PersonalDataVault(db, loadVaultKeyConfig(process.env, (m) => new Logger('PersonalData').warn(m)).masterKey),
    },
  ],
})
export class DisputeHttpModule {}
