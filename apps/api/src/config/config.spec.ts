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
    ${{ TRUST_PROXY: 'nginx' }}                    | ${/^TRUST_PROXY must be a number of proxy hops, or list loopback/}
    ${{ TRUST_PROXY: '0' }}                        | ${/^TRUST_PROXY as a number of proxy hops must be from 1 to 10/}
    ${{ TRUST_PROXY: '1, loopback' }}              | ${/^TRUST_PROXY must be a number of proxy hops, or list loopback/}
    ${{ LIVE_ADAPTER: 'carrier-pigeon' }}          | ${/^LIVE_ADAPTER must be postgres, redis or memory/}
    ${{ LIVE_ADAPTER: 'redis' }}                   | ${/^REDIS_URL must be set/}
    ${{ LIVE_ADAPTER: 'redis', REDIS_URL: 'http://x' }} | ${/^REDIS_URL must start with redis/}
    ${{ UPLOAD_MAX_MB: '0' }}                      | ${/^UPLOAD_MAX_MB must be a whole number of megabytes/}
    ${{ UPLOAD_MAX_MB: '2.5' }}                    | ${/^UPLOAD_MAX_MB must be a whole number of megabytes/}
    ${{ UPLOAD_MAX_MB: '5000' }}                   | ${/^UPLOAD_MAX_MB must be a whole number of megabytes/}
    ${{ S3_URL: 'https://host/bucket' }}           | ${/^S3_URL must start with s3:\/\//}
    ${{ S3_URL: 's3://host' }}                     | ${/^S3_URL must name a host and a bucket/}
    ${{ S3_URL: 's3://key@host/bucket' }}          | ${/^S3_URL must give both the access key and the secret/}
    ${{ S3_URL: 's3://host/bucket?forcePathStyle=yes' }} | ${/^S3_URL's forcePathStyle must be true or false/}
    ${{ S3_URL: 's3://host/bucket?acl=public' }}   | ${/^S3_URL takes only region and forcePathStyle/}
    ${{ LIVE_MAX_CONNECTIONS_PER_IP: '0' }}        | ${/^LIVE_MAX_CONNECTIONS_PER_IP must be a whole number/}
    ${{ RATE_LIMIT_LIVE_EVENTS_PER_USER: 'lots' }} | ${/^RATE_LIMIT_LIVE_EVENTS_PER_USER must be a whole number/}
  `('refuses $env with a one-line message naming the variable', ({ env, message }) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('believes X-Forwarded-For from loopback only, unless TRUST_PROXY names the proxies or counts their hops', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'uniquelocal, 203.0.113.7, 2001:db8::/32' }).trustProxy).toEqual(['uniquelocal', '203.0.113.7', '2001:db8::/32']);
  });

  it('accepts a postgres URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/forum' }).databaseUrl).toBe('postgres://u:p@db:5432/forum');
  });

  it('takes documents up to 20 MB in DATA_DIR/attachments unless told otherwise', () => {
    const config = loadConfig({ DATA_DIR: '/srv/forum' });
    expect(config).toMatchObject({ uploadMaxBytes: 20 * 1024 * 1024, attachmentsDir: '/srv/forum/attachments', s3: null });
    expect(loadConfig({ UPLOAD_MAX_MB: '5' }).uploadMaxBytes).toBe(5 * 1024 * 1024);
  });

  it('reads an S3-compatible bucket from one URL', () => {
    expect(loadConfig({ S3_URL: 's3+http://AKIA%2Fx:s%40cret@127.0.0.1:4569/forum-docs/ogp?region=ap-northeast-2&forcePathStyle=true' }).s3).toEqual({
      endpoint: 'http://127.0.0.1:4569',
      bucket: 'forum-docs',
      prefix: 'ogp/',
      region: 'ap-northeast-2',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIA/x', secretAccessKey: 's@cret' },
    });
    expect(loadConfig({ S3_URL: 's3://s3.amazonaws.com/forum-docs' }).s3).toMatchObject({ endpoint: 'https://s3.amazonaws.com', prefix: '', region: 'us-east-1', forcePathStyle: false, credentials: null });
  });
});
