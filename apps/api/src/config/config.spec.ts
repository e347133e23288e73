import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and demo accounts outside production', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, production: false, seedDemoAccounts: true });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('never seeds demo accounts in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).seedDemoAccounts).toBe(false);
  });

  it.each`
    env                                            | message
    ${{ PORT: 'abc' }}                             | ${/^PORT must be a whole number/}
    ${{ PORT: '70000' }}                           | ${/^PORT must be a whole number/}
    ${{ PORT: '-1' }}                              | ${/^PORT must be a whole number/}
    ${{ DATABASE_URL: 'not a url' }}               | ${/^DATABASE_URL is not a URL/}
    ${{ DATABASE_URL: 'mysql://h/db' }}            | ${/^DATABASE_URL must start with postgres/}
    ${{ DATABASE_URL: 'postgres://host' }}         | ${/^DATABASE_URL must name a host and a database/}
    ${{ LOG_LEVEL: 'loud' }}                       | ${/^LOG_LEVEL must be one of/}
    ${{ DEMO_PASSWORD: 'short' }}                  | ${/^DEMO_PASSWORD must be at least 12/}
    ${{ FORUM_TIME_ZONE: 'Mars/Olympus' }}         | ${/^FORUM_TIME_ZONE must be an IANA time zone/}
    ${{ JWT_SECRET: 'short' }}                     | ${/^JWT_SECRET must be at least 32/}
    ${{ NODE_ENV: 'production' }}                  | ${/^JWT_SECRET must be set in production/}
    ${{ CORS_ORIGINS: 'forum.example.org' }}       | ${/^CORS_ORIGINS must list origins/}
    ${{ LIVE_ADAPTER: 'carrier-pigeon' }}          | ${/^LIVE_ADAPTER must be postgres, redis or memory/}
    ${{ LIVE_ADAPTER: 'redis' }}                   | ${/^REDIS_URL must be set/}
    ${{ LIVE_ADAPTER: 'redis', REDIS_URL: 'http://x' }} | ${/^REDIS_URL must start with redis/}
    ${{ LIVE_MAX_CONNECTIONS_PER_IP: '0' }}        | ${/^LIVE_MAX_CONNECTIONS_PER_IP must be a whole number/}
    ${{ RATE_LIMIT_LIVE_EVENTS_PER_USER: 'lots' }} | ${/^RATE_LIMIT_LIVE_EVENTS_PER_USER must be a whole number/}
    ${{ TRUST_PROXY: 'the-proxy' }}                | ${/^TRUST_PROXY must list the proxies' addresses/}
  `('refuses $env with a one-line message naming the variable', ({ env, message }) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('trusts the proxy on the same machine unless told otherwise', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal' }).trustProxy).toBe('loopback, uniquelocal');
  });

  it('accepts a postgres URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/forum' }).databaseUrl).toBe('postgres://u:p@db:5432/forum');
  });
});
