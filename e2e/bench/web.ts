/**
 * The web app as a first-time visitor meets it: the JavaScript the login page downloads (gzip),
 * and paint times of the login page and of the coordinator's home page in headless Chromium, on
 * the production build served by the real server (embedded database, demo data). Run by
 * `pnpm bench` after `pnpm build`; prints a table and BENCH lines.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'apps/web/dist');
const port = await new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address() as { port: number };
    probe.close(() => done(address.port));
  });
});
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = await mkdtemp(join(tmpdir(), 'mentoring-bench-web-'));
const server: ChildProcess = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'apps/api/src/server.ts')],
  {
    cwd: join(root, 'apps/api'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  },
);
try {
  for (let i = 0; ; i++) {
    if (i > 360) throw new Error('server did not become ready');
    const ready = await fetch(`${baseUrl}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  const paint = async () =>
    page.evaluate(() => {
      const entries = performance.getEntriesByType('paint');
      return entries.find((e) => e.name === 'first-contentful-paint')?.startTime ?? Number.NaN;
    });

  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' });
  await page.getByLabel('Sähköposti').waitFor();
  const loginPaint = await paint();
  let gzipBytes = 0;
  for (const path of scripts) gzipBytes += gzipSync(await readFile(join(dist, path))).length;
  const firstPageKb = gzipBytes / 1024;

  await page.getByLabel('Sähköposti').fill('coordinator@demo.test');
  await page.getByLabel('Salasana').fill('demo-mentoring');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // A fresh load of the signed-in home page: navigation start until the programs are listed.
  const started = Date.now();
  await page.reload();
  await page.locator('article').first().waitFor();
  const homeReady = Date.now() - started;
  const homePaint = await paint();
  await browser.close();

  const rows = [
    [
      'first page JavaScript (gzip, login)',
      `${firstPageKb.toFixed(1)} kB in ${scripts.size} files`,
      '< 150 kB',
      firstPageKb < 150,
    ],
    ['login: first contentful paint', `${loginPaint.toFixed(0)} ms`, '', null],
    ['coordinator home: first contentful paint', `${homePaint.toFixed(0)} ms`, '', null],
    ['coordinator home: reload until programs listed', `${homeReady} ms`, '', null],
  ] as const;
  console.log('| web (production build, headless Chromium, loopback) | value |\n|---|---:|');
  for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`);
  for (const [measure, value, target, ok] of rows) {
    console.log(`BENCH ${JSON.stringify({ bench: 'web', measure, value, target, ok })}`);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await rm(dataDir, { recursive: true, force: true });
}
