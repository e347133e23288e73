import type { LogLevel } from '@nestjs/common';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether running from src/ (tests) or dist/ (npm start). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface AppConfig {
  production: boolean;
  port: number;
  /** An external PostgreSQL server; when absent the embedded one runs with its data in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  webDist: string;
  logLevel: string;
  seedDemoAccounts: boolean;
  demoPassword: string;
  /** The forum's time zone: meeting times, calendars and "today" for delayed milestones. */
  timeZone: string;
  /** Signs access tokens. Null outside production: one is generated and kept in DATA_DIR. */
  jwtSecret: string | null;
  /** Origins allowed to call the api from a browser; the api's own origin always is. */
  corsOrigins: string[];
  /**
   * Whose X-Forwarded-For names the visitor's address, which the budgets count by: the proxies' addresses or ranges, or
   * a number of proxy hops in front of the api (each hop trusted whatever its address).
   */
  trustProxy: string[] | number;
  /** The address people reach the forum at, for links in e-mails; null: the address the request came in on. */
  publicUrl: string | null;
  /** smtp(s)://user:password@host:port; null writes e-mails to `outboxDir` instead. */
  smtpUrl: string | null;
  outboxDir: string;
  mailFrom: string;
  /** Whether citizens may create their own accounts (SIGNUP=open|closed); members are always invited. */
  signUp: 'open' | 'closed';
  /**
   * The e-mail queue (mail/mail-queue.service.ts): a failed delivery is tried again `retryLimit` times, waiting
   * `retryDelaySeconds` doubled at each try; a delivery still running after `expireSeconds` counts as failed.
   */
  mailQueue: { retryLimit: number; retryDelaySeconds: number; expireSeconds: number };
  /** The hour (0-23, in `timeZone`) at which the daily digest e-mails go out. */
  digestHour: number;
  /** The licence of the open-data export, named in its LICENSE.md (CC BY 4.0 by default). */
  openDataLicense: string;
  rateLimits: RateLimits;
  /** How live events reach viewers connected to other api instances. */
  liveAdapter: LiveAdapter;
  /** redis://host:6379, for LIVE_ADAPTER=redis. */
  redisUrl: string | null;
  /** The largest document accepted by POST /attachments, in bytes. */
  uploadMaxBytes: number;
  /** Where documents are kept: a folder (DATA_DIR/attachments) unless S3_URL names a bucket. */
  attachmentsDir: string;
  s3: S3Location | null;
  /** Open `/live` connections allowed from one address at a time (an office behind one NAT shares it). */
  liveMaxConnectionsPerIp: number;
  /** Anonymous GraphQL reads kept in memory, emptied by any change (common/http/page-cache.ts); 0 turns it off. */
  pageCache: { entries: number; seconds: number };
}

/** An S3-compatible bucket, from S3_URL. */
export interface S3Location {
  /** https://host:port, or http:// for s3+http:// URLs (a local MinIO or test server). */
  endpoint: string;
  bucket: string;
  /** Prepended to every object's key: the rest of the URL's path after the bucket, with a trailing slash. */
  prefix: string;
  region: string;
  forcePathStyle: boolean;
  /** Null: the AWS SDK's own chain (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
}

function uploadMaxBytes(env: NodeJS.ProcessEnv): number {
  const raw = env.UPLOAD_MAX_MB;
  if (raw === undefined || raw === '') return 20 * 1024 * 1024;
  // Up to 1 GB: sizes are stored as 32-bit integers and a bigger document belongs elsewhere.
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1024) throw new ConfigError(`UPLOAD_MAX_MB must be a whole number of megabytes from 1 to 1024, got "${raw}"`);
  return Number(raw) * 1024 * 1024;
}

const S3_URL_SHAPE = 's3://key:secret@host:port/bucket?region=us-east-1&forcePathStyle=true (s3+http:// without TLS)';

/** S3_URL: s3://[key:secret@]host[:port]/bucket[/prefix][?region=…&forcePathStyle=true|false]; s3+http:// for plain http. */
export function parseS3Url(raw: string | undefined): S3Location | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`S3_URL is not a URL; expected ${S3_URL_SHAPE}`);
  }
  if (url.protocol !== 's3:' && url.protocol !== 's3+http:') throw new ConfigError(`S3_URL must start with s3:// or s3+http://; expected ${S3_URL_SHAPE}`);
  const [bucket, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!url.hostname || !bucket) throw new ConfigError(`S3_URL must name a host and a bucket; expected ${S3_URL_SHAPE}`);
  for (const key of url.searchParams.keys()) {
    if (key !== 'region' && key !== 'forcePathStyle') throw new ConfigError(`S3_URL takes only region and forcePathStyle as parameters, got "${key}"`);
  }
  const forcePathStyle = url.searchParams.get('forcePathStyle') ?? 'false';
  if (forcePathStyle !== 'true' && forcePathStyle !== 'false') throw new ConfigError(`S3_URL's forcePathStyle must be true or false, got "${forcePathStyle}"`);
  if (Boolean(url.username) !== Boolean(url.password)) throw new ConfigError('S3_URL must give both the access key and the secret (key:secret@host), or neither');
  return {
    endpoint: `${url.protocol === 's3:' ? 'https' : 'http'}://${url.host}`,
    bucket: decodeURIComponent(bucket),
    prefix: rest.length ? `${rest.map(decodeURIComponent).join('/')}/` : '',
    region: url.searchParams.get('region') || 'us-east-1',
    forcePathStyle: forcePathStyle === 'true',
    credentials: url.username ? { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) } : null,
  };
}

/** How many of something are allowed in a window; the README's Configuration table names each window. */
export interface RateLimits {
  /** Sign-in attempts per minute from one address, counted by each api instance. */
  loginPerIp: number;
  /** Sign-ups per minute from one address, for all api instances together. */
  signUpsPerIp: number;
  /** Failed sign-ins per 15 minutes for one e-mail address from one network address. */
  loginFailuresPerAccountAndIp: number;
  /** Failed sign-ins per 15 minutes from one network address, whatever the e-mail. */
  loginFailuresPerIp: number;
  /** Failed sign-ins per hour for one e-mail address from devices that never signed in to it. */
  loginFailuresPerAccount: number;
  /** Mutations per minute. */
  mutationsPerUser: number;
  /** Live events (subscribe, typing, …) per signed-in user, per address when anonymous, shared by all their connections. */
  liveEventsPerUser: number;
}

function budget(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError(`${name} must be a whole number of 1 or more, got "${raw}"`);
  return Number(raw);
}

function optionalUrl(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return raw.replace(/\/$/, '');
}

/** A configuration mistake the operator must fix; the message is one line naming the variable. */
export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function signUp(env: NodeJS.ProcessEnv): 'open' | 'closed' {
  const value = env.SIGNUP ?? 'open';
  if (value !== 'open' && value !== 'closed') throw new ConfigError(`SIGNUP must be open or closed, got "${value}"`);
  return value;
}

function port(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT ?? '3000';
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return value;
}

function databaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a URL; expected postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (!url.hostname || url.pathname.length < 2) {
    throw new ConfigError('DATABASE_URL must name a host and a database: postgres://user:password@host:5432/database');
  }
  return raw;
}

function timeZone(env: NodeJS.ProcessEnv): string {
  const value = env.FORUM_TIME_ZONE ?? 'Asia/Seoul';
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new ConfigError(`FORUM_TIME_ZONE must be an IANA time zone such as Asia/Seoul, got "${value}"`);
  }
  return value;
}

/** Nest's log levels for a LOG_LEVEL, for the messages logged before the pino logger takes over. */
export function nestLogLevels(level: string): LogLevel[] | false {
  const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  const cut = { silent: 0, fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6 }[level] ?? 4;
  return cut === 0 ? false : order.slice(0, cut);
}

export type LiveAdapter = 'postgres' | 'redis' | 'memory';

function liveAdapter(env: NodeJS.ProcessEnv): LiveAdapter {
  const value = env.LIVE_ADAPTER || 'postgres';
  if (value !== 'postgres' && value !== 'redis' && value !== 'memory') {
    throw new ConfigError(`LIVE_ADAPTER must be postgres, redis or memory, got "${value}"`);
  }
  if (value === 'redis' && !env.REDIS_URL) throw new ConfigError('REDIS_URL must be set when LIVE_ADAPTER is redis');
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

function liveMaxConnectionsPerIp(env: NodeJS.ProcessEnv): number {
  const raw = env.LIVE_MAX_CONNECTIONS_PER_IP;
  if (raw === undefined || raw === '') return 100;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError(`LIVE_MAX_CONNECTIONS_PER_IP must be a whole number of connections, got "${raw}"`);
  return Number(raw);
}

/**
 * Express's names for address ranges, or addresses and subnets (203.0.113.7, 10.0.0.0/8, fd00::/8); or a number of hops,
 * for an api that only its proxies can reach (its address is then the one the outermost trusted hop saw).
 */
function trustProxy(env: NodeJS.ProcessEnv): string[] | number {
  const raw = env.TRUST_PROXY?.trim();
  if (raw && /^\d+$/.test(raw)) {
    if (Number(raw) < 1 || Number(raw) > 10) throw new ConfigError(`TRUST_PROXY as a number of proxy hops must be from 1 to 10, got "${raw}"`);
    return Number(raw);
  }
  const entries = (env.TRUST_PROXY || 'loopback').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, rest] = entry.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(entry);
    if (!named && (rest !== undefined || !isIP(address) || (bits !== undefined && !/^\d{1,3}$/.test(bits)))) {
      throw new ConfigError(`TRUST_PROXY must be a number of proxy hops, or list loopback, linklocal, uniquelocal, addresses or subnets, got "${entry}"`);
    }
  }
  return entries;
}

function digestHour(env: NodeJS.ProcessEnv): number {
  const raw = env.DIGEST_HOUR;
  if (raw === undefined || raw === '') return 8;
  if (!/^\d+$/.test(raw) || Number(raw) > 23) throw new ConfigError(`DIGEST_HOUR must be an hour from 0 to 23, got "${raw}"`);
  return Number(raw);
}

/** Reads and validates the environment once, at start-up. Every variable is listed in the README. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const demoPassword = env.DEMO_PASSWORD ?? 'demo-password-1';
  if (demoPassword.length < 12) {
    throw new ConfigError('DEMO_PASSWORD must be at least 12 characters long');
  }
  const jwtSecret = env.JWT_SECRET ?? null;
  if (jwtSecret !== null && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
  if (production && jwtSecret === null) throw new ConfigError('JWT_SECRET must be set in production (32 characters or more)');
  const corsOrigins = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError(`CORS_ORIGINS must list origins like https://forum.example.org, got "${origin}"`);
  }
  return {
    production,
    port: port(env),
    databaseUrl: databaseUrl(env),
    dataDir: path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, '.data')),
    webDist: path.resolve(env.WEB_DIST ?? path.join(REPO_ROOT, 'apps/web/dist')),
    logLevel,
    seedDemoAccounts: !production,
    demoPassword,
    timeZone: timeZone(env),
    jwtSecret,
    corsOrigins,
    trustProxy: trustProxy(env),
    publicUrl: optionalUrl(env, 'PUBLIC_URL', ['http:', 'https:']),
    smtpUrl: optionalUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    outboxDir: path.resolve(env.OUTBOX_DIR ?? path.join(env.DATA_DIR ?? path.join(REPO_ROOT, '.data'), 'outbox')),
    mailFrom: env.MAIL_FROM ?? 'OGP Forum <no-reply@ogp-forum.local>',
    signUp: signUp(env),
    mailQueue: {
      retryLimit: wholeNumber(env, 'MAIL_RETRY_LIMIT', 5),
      retryDelaySeconds: budget(env, 'MAIL_RETRY_DELAY_SECONDS', 30),
      expireSeconds: budget(env, 'MAIL_EXPIRE_SECONDS', 120),
    },
    digestHour: digestHour(env),
    openDataLicense: env.OPEN_DATA_LICENSE?.trim() || 'CC-BY-4.0',
    liveAdapter: liveAdapter(env),
    redisUrl: optionalUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    uploadMaxBytes: uploadMaxBytes(env),
    attachmentsDir: path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, '.data'), 'attachments'),
    s3: parseS3Url(env.S3_URL),
    rateLimits: {
      loginPerIp: budget(env, 'RATE_LIMIT_LOGIN_PER_IP', 30),
      signUpsPerIp: budget(env, 'RATE_LIMIT_SIGN_UPS_PER_IP', 10),
      loginFailuresPerAccountAndIp: budget(env, 'RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP', 5),
      loginFailuresPerIp: budget(env, 'RATE_LIMIT_LOGIN_FAILURES_PER_IP', 50),
      loginFailuresPerAccount: budget(env, 'RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT', 100),
      mutationsPerUser: budget(env, 'RATE_LIMIT_MUTATIONS_PER_USER', 120),
      liveEventsPerUser: budget(env, 'RATE_LIMIT_LIVE_EVENTS_PER_USER', 240),
    },
    liveMaxConnectionsPerIp: liveMaxConnectionsPerIp(env),
    pageCache: { entries: wholeNumber(env, 'PAGE_CACHE_ENTRIES', 1000), seconds: wholeNumber(env, 'PAGE_CACHE_SECONDS', 30) },
  };
}
