import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from './app-config.token.js';
import type { AppConfig } from './config.js';

/** Makes the validated configuration injectable everywhere: `@Inject(APP_CONFIG) config: AppConfig`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
