/**
 * Start-up of the API as `pnpm start` runs it (src/server.ts through tsx, NODE_ENV=production) on
 * the embedded database (PGlite) in a fresh DATA_DIR: the first start creates and seeds it (shown,
 * no target); the second start, on the existing data directory, is timed from spawn until /readyz
 * answers 200. Target under 5 s. Also the server's RSS once ready. Needs no PostgreSQL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, freePort, printTable, rssOf, spawnTs, stop, waitForOk } from './support.ts';

const dataDir = await mkdtemp(join(tmpdir(), 'mentoring-bench-startup-'));
const { DATABASE_URL: _unused, ...env } = process.env;

async function start() {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawnTs('src/server.ts', {
    ...env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SMTP_URL: '',
  });
  try {
    await waitForOk(`http://127.0.0.1:${port}/readyz`, 60_000, child);
    const ms = performance.now() - t0;
    return { ms, rss: rssOf(child.pid as number) };
  } finally {
    await stop(child);
  }
}

try {
  const first = await start();
  const second = await start();
  printTable(
    'API start-up (src/server.ts via tsx, PGlite in DATA_DIR)',
    ['ms to /readyz 200', 'RSS MB'],
    [
      ['first start (creates and seeds the database)', first.ms.toFixed(0), first.rss?.toFixed(0) ?? '?'],
      ['second start (existing data directory)', second.ms.toFixed(0), second.rss?.toFixed(0) ?? '?'],
    ],
  );
  emit('start-up, PGlite', 'first start (seeds), ms', first.ms.toFixed(0), '', null);
  emit(
    'start-up, PGlite',
    'second start to /readyz, ms',
    second.ms.toFixed(0),
    '< 5000 ms',
    second.ms < 5000,
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
