import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { loadConfig, type AppConfig } from '#config';

/**
 * @nestjs/config's ConfigService over the one schema in `#config`. The environment is read when the app is built,
 * not when this file is imported, so tests and tools can set it first. A bad setting stops the process with its name.
 */
@Global()
@Module({
  providers: [{ provide: ConfigService, useFactory: () => new ConfigService(loadConfig()) }],
  exports: [ConfigService],
})
export class AppConfigModule {}

export type AppConfigService = ConfigService<AppConfig, true>;
