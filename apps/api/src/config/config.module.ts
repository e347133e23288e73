import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from './app-config.token.js';
import type { AppConfig } from './config.js';

/**
 * Makes the validated configuration injectable everywhere (`@Inject(APP_CONFIG) config: AppConfig`), and the clock
 * the date rules read.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
