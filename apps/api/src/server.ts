import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { AppConfig, nestLogLevels } from './config/config.js';
import { connectAndMigrate, Database, openDatabase } from './database/database.js';
import { seedDatabase } from './seeding/seed.js';
import { serveWebApp } from './web/serve-web-app.js';
import { readJsonBodies } from './common/http/request-body.js';
import { LiveIoAdapter } from './live/live-io.adapter.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { ForumChanges, PageCache, servePagesFromCache } from './common/http/page-cache.js';
import { Clock, SystemClock } from './common/clock.js';

/**
 * Outside production the access-token secret is generated once and kept beside the data, so sign-ins survive restarts
 * without anyone having to configure JWT_SECRET on their laptop.
 */
function localJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export interface RunningServer {
  app: NestExpressApplication;
  dataSource: DataSource;
  database: Database;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Stops taking requests, closes the database connections, then stops the embedded PostgreSQL if we started it. */
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does after reading the configuration: database (embedded or DATABASE_URL), migrations,
 * seeds, the Nest application with GraphQL and the web app, listening on `config.port` (0 picks a free port).
 */
export async function startServer(config: AppConfig, log: (line: string) => void = () => undefined, clock: Clock = new SystemClock()): Promise<RunningServer> {
  NestLogger.overrideLogger(nestLogLevels(config.logLevel));
  config = { ...config, jwtSecret: config.jwtSecret ?? localJwtSecret(config.dataDir) };
  const database = await openDatabase(config, log);
  let dataSource: DataSource | undefined;
  let changes: ForumChanges | undefined;
  try {
    dataSource = await connectAndMigrate(database.url);
    await seedDatabase(dataSource, { demoAccounts: config.seedDemoAccounts, demoPassword: config.demoPassword });
    const pageCache = new PageCache(config.pageCache);
    changes = new ForumChanges(database.url, () => pageCache.invalidate());
    if (pageCache.enabled) await changes.start();

    // Nest's own start-up chatter stays out of the log; from here on everything goes through pino at LOG_LEVEL.
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, clock, pageCache.enabled ? changes : null), {
      logger: ['fatal', 'error', 'warn'],
      bodyParser: false,
    });
    app.useLogger(app.get(Logger));
    app.useWebSocketAdapter(new LiveIoAdapter(app, { kind: config.liveAdapter, databaseUrl: database.url, redisUrl: config.redisUrl }));
    app.set('trust proxy', config.trustProxy);
    app.use(
      helmet({
        contentSecurityPolicy: {
          directives: {
            'img-src': ["'self'", 'data:'],
            // Upgrading to https would break a plain-http local start; production runs behind TLS anyway.
            'upgrade-insecure-requests': config.production ? [] : null,
          },
        },
      }),
    );
    app.use(cookieParser());
    readJsonBodies(app);
    // Input classes carry their limits (class-validator); a violation is BAD_USER_INPUT naming the rule.
    app.useGlobalPipes(new InputValidationPipe({ stopAtFirstError: true, forbidUnknownValues: false }));
    app.enableCors({ origin: config.corsOrigins, credentials: true });
    if (pageCache.enabled) app.use(servePagesFromCache(pageCache, changes));
    if (!serveWebApp(app, config.webDist, { db: dataSource, publicUrl: config.publicUrl, timeZone: config.timeZone })) log(`no web app build in ${config.webDist}; serving the api only`);
    await app.listen(config.port, config.production ? '0.0.0.0' : '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await changes!.stop();
        if (dataSource!.isInitialized) await dataSource!.destroy();
        await database.embedded?.stop();
      })());
    return { app, dataSource, database, url: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await changes?.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
    throw error;
  }
}
