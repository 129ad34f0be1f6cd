import { Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAuthConfig, TokenVerifier } from '#auth';
import { DEVELOPMENT_AUTH } from '#config';
import { IdempotencyStore } from '#idempotency';
import { loadVaultKeyConfig, PersonalDataVault } from '#personal-data';
import { AuthGuard } from './auth.guard.js';
import { DisputeCommandsModule } from './dispute-commands.module.js';
import { CommandEndpoint } from './command-endpoint.js';
import { DisputeCommandsController } from './dispute-commands.controller.js';
import { DisputeQueriesController } from './dispute-queries.controller.js';
import { LiveUpdatesController } from './live-updates.controller.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsGuard } from './metrics.guard.js';
import { ReadModelsController } from './read-models.controller.js';
import { RegistrationController } from './registration.controller.js';
import { TOKEN_VERIFIER, VAULT } from './tokens.js';


function authEnvironment(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const configured = env['AUTH_JWT_SECRET'] || env['AUTH_JWKS_URL'] || env['AUTH_PUBLIC_KEY'];
  if (configured || env['NODE_ENV'] === 'production') return env;
  new Logger('Auth').warn('no AUTH_* key configured: accepting development tokens signed with the built-in development secret');
  return { ...DEVELOPMENT_AUTH, ...Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('AUTH_') && env[k])), NODE_ENV: env['NODE_ENV'] };
}

@Module({
  imports: [DisputeCommandsModule],
  controllers: [RegistrationController, ReadModelsController, LiveUpdatesController, DisputeQueriesController, DisputeCommandsController, MetricsController],
  providers: [
    CommandEndpoint,
    IdempotencyStore,
    AuthGuard,
    MetricsGuard,
    { provide: TOKEN_VERIFIER, useFactory: () => new TokenVerifier(loadAuthConfig(authEnvironment(process.env))) },
    {
      provide: VAULT,
      inject: [DataSource],
      useFactory: (db: DataSource) => new PersonalDataVault(db, loadVaultKeyConfig(process.env, (m) => new Logger('PersonalData').warn(m)).masterKey),
    },
  ],
  // Other libs' admin routes (notifications) use the same guard and verifier.
  exports: [TOKEN_VERIFIER],
})
export class DisputeHttpModule {}
