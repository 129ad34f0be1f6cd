import { ConfigModule, ConfigService } from '@nestjs/config';
import { loadConfig, type AppConfig } from '#config';

/** @nestjs/config, validated by the one schema in `#config`: a bad setting stops the process with its name. */
export const AppConfigModule = ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: loadConfig, cache: true });

export type AppConfigService = ConfigService<AppConfig, true>;
