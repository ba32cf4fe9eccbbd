/**
 * The web app as a first-time visitor meets it: the JavaScript the login page downloads (gzip),
 * and paint times of the login page and of the coordinator's home page in headless Chromium, on
 * the production build served by the real server (embedded database, demo data); then Lighthouse's
 * performance and accessibility scores (desktop preset) of the login page and of the coordinator's
 * home page, signed in. Run by `pnpm bench` after `pnpm build` (or with WEB_DIST=<a build>); prints a
 * table and BENCH lines. Lighthouse 12.2 (13 needs Node 22) drives Debian's /usr/bin/chromium through
 * chrome-launcher; if it cannot run, the other measures are still reported. LIGHTHOUSE_REPORT_DIR=<dir>
 * keeps the full JSON reports.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser } from '../support/browser.ts';

type Row = readonly [measure: string, value: string, target: string, ok: boolean | null];

/**
 * Lighthouse's performance and accessibility scores (0–100) of the login page and of the
 * coordinator's home page. A fresh Chromium with its own profile; Playwright signs in through its
 * DevTools port, and Lighthouse keeps that browser's storage, so the second page is scored signed in.
 */
async function lighthouseScores(baseUrl: string): Promise<Row[]> {
  const profile = await mkdtemp(join(tmpdir(), 'mentoring-bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir: profile,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const score = async (label: string, url: string, disableStorageReset: boolean): Promise<Row[]> => {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility'],
          disableStorageReset,
        },
        desktopConfig,
      );
      if (process.env.LIGHTHOUSE_REPORT_DIR && typeof result?.report === 'string') {
        const name = `lighthouse-${label.replace(/\W+/g, '-')}.json`;
        await writeFile(join(resolve(process.env.LIGHTHOUSE_REPORT_DIR), name), result.report);
      }
      const categories = result?.lhr.categories;
      const performance = Math.round((categories?.performance?.score ?? 0) * 100);
      const accessibility = Math.round((categories?.accessibility?.score ?? 0) * 100);
      return [
        [`Lighthouse performance (${label})`, String(performance), '≥ 95', performance >= 95],
        [`Lighthouse accessibility (${label})`, String(accessibility), '100', accessibility >= 100],
      ];
    };
    const rows = await score('login', `${baseUrl}/login`, false);

    // Sign in once in the same browser profile: the refresh cookie and the session hint stay for Lighthouse.
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Sähköposti').fill('coordinator@demo.test');
    await page.getByLabel('Salasana').fill('demo-mentoring');
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('article').first().waitFor();
    await page.close();
    await browser.close();

    rows.push(...(await score('coordinator home', `${baseUrl}/`, true)));
    return rows;
  } finally {
    chrome.kill();
    await rm(profile, { recursive: true, force: true });
  }
}

const root = resolve(import.meta.dirname, '../..');
// The build to measure: WEB_DIST (as the server reads it) or apps/web/dist.
const dist = process.env.WEB_DIST ? resolve(process.env.WEB_DIST) : join(root, 'apps/web/dist');
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
      WEB_DIST: dist,
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

  let lighthouseRows: Row[] = [];
  try {
    lighthouseRows = await lighthouseScores(baseUrl);
  } catch (error) {
    console.error(`Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
  }

  const rows: Row[] = [
    [
      'first page JavaScript (gzip, login)',
      `${firstPageKb.toFixed(1)} kB in ${scripts.size} files`,
      '< 150 kB',
      firstPageKb < 150,
    ],
    ['login: first contentful paint', `${loginPaint.toFixed(0)} ms`, '', null],
    ['coordinator home: first contentful paint', `${homePaint.toFixed(0)} ms`, '', null],
    ['coordinator home: reload until programs listed', `${homeReady} ms`, '', null],
    ...lighthouseRows,
  ];
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
