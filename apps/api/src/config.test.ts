import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('config', () => {
  it('defaults to embedded PostgreSQL with the demo world on port 3000', () => {
    const config = loadConfig({ INIT_CWD: '/srv/app' });
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('uses PostgreSQL without seeding when DATABASE_URL is set, and resolves DATA_DIR from the caller', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://x@localhost/db',
      DATA_DIR: 'var',
      INIT_CWD: '/srv/app',
      PORT: '8080',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://x@localhost/db',
      seedDemo: false,
      dataDir: '/srv/app/var',
    });
  });

  it('treats empty variables as unset and explains invalid ones', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});
