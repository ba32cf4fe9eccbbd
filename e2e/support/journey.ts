import { appendFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { en } from '../../apps/web/src/i18n/en.ts';
import { featureMessages } from '../../apps/web/src/i18n/features.ts';
import { fi } from '../../apps/web/src/i18n/fi.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { sidewaysOverflow, widest } from './layout.ts';
import { openSection as openNavSection } from './navigation.ts';
import { DEMO_PASSWORD } from './session.ts';

/**
 * Helpers for the end-to-end journeys (e2e/journeys): the app's own strings in both languages, a
 * page in a chosen language and width, a check run on every screen (axe, reflow at 320 px and at
 * 200 % zoom, a screenshot), and a thin API client for the setup steps that are not the journey.
 */

export type Lang = 'fi' | 'en';

export interface Variant {
  lang: Lang;
  /** 'desktop' is 1280 px wide; 'mobile' is 375 px. */
  device: 'desktop' | 'mobile';
}

export const VARIANTS: Variant[] = [
  { lang: 'fi', device: 'desktop' },
  { lang: 'fi', device: 'mobile' },
  { lang: 'en', device: 'desktop' },
  { lang: 'en', device: 'mobile' },
];

export const variantName = (v: Variant) => `${v.lang}-${v.device}`;

// The shell's strings plus each feature's, under the feature's key, as the app merges them (i18n/index.ts).
const catalogs = {
  fi: { ...fi, ...featureMessages.fi },
  en: { ...en, ...featureMessages.en },
} as const;

type Vars = Record<string, string | number>;

/** Same look-up as i18next: nested keys, `_one`/`_other` plurals by `count`, `{{name}}` and `{{name, number}}`. */
export function translator(lang: Lang) {
  const root = catalogs[lang] as unknown as Record<string, unknown>;
  const lookup = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);
  return (key: string, vars: Vars = {}): string => {
    let template = lookup(key);
    if (typeof vars.count === 'number') {
      const plural = lookup(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
      if (typeof plural === 'string') template = plural;
    }
    if (typeof template !== 'string') throw new Error(`no string ${lang}:${key}`);
    return template.replace(/\{\{\s*(\w+)(?:\s*,\s*\w+)?\s*\}\}/g, (_m, name: string) => {
      if (!(name in vars)) throw new Error(`missing {{${name}}} for ${lang}:${key}`);
      return String(vars[name]);
    });
  };
}
export type T = ReturnType<typeof translator>;

/** A page of the program's own navigation, in the journey's language. */
export function openSection(page: Page, t: T, name: string, heading: string | RegExp = name): Promise<void> {
  return openNavSection(page, name, heading, t('programNav.label'));
}

/** A RegExp matching a translated string exactly, with some variables left open. */
export function pattern(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export const DESKTOP_WIDTH = 1280;
export const MOBILE_WIDTH = 375;

/** A fresh browser context in the variant's language (stored the way the app stores it) and width. */
export async function journeyPage(
  browser: Browser,
  variant: Variant,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: variant.device === 'mobile' ? MOBILE_WIDTH : DESKTOP_WIDTH, height: 900 },
    locale: variant.lang === 'fi' ? 'fi-FI' : 'en-GB',
    timezoneId: 'Europe/Helsinki',
    acceptDownloads: true,
  });
  await context.addInitScript((lang) => {
    try {
      localStorage.setItem('mentoring.language', lang);
    } catch {
      // storage blocked: the app falls back to Finnish
    }
  }, variant.lang);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

const screenshotDir = resolve(import.meta.dirname, '../screenshots/journeys');

/** Axe violations found per screen, for the report. */
export const axeLog: { label: string; violations: number }[] = [];

/**
 * Controls in the main content that lie (partly) off the right edge without being inside a box
 * that scrolls or clips on its own (a wide table in its own scroller is fine): at 200 % zoom
 * these could not be reached.
 */
function controlsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const ownScroller = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node);
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('main a[href], main button, main input, main select, main textarea')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.width > 0 && box.height > 0 && (box.left < -1 || box.right > width + 1) && !ownScroller(el)
        );
      })
      .slice(0, 4)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
      );
  });
}

/** The page itself does not scroll sideways at its current width. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await sidewaysOverflow(page);
  const width = page.viewportSize()?.width;
  expect(
    overflow,
    `${label} scrolls sideways at ${width} px: ${(await widest(page)).join(', ')}`,
  ).toBeLessThanOrEqual(0);
}

/**
 * Reflow (WCAG 1.4.10) and 200 % zoom: at 320 px, and at 640 px (a 1280 px window zoomed to
 * 200 % is 640 CSS px wide), the page does not scroll sideways, the main heading is on screen,
 * and no control of the main content is pushed off it. The viewport is put back afterwards.
 */
export async function expectReflow(page: Page, label: string): Promise<void> {
  const original = page.viewportSize() ?? { width: DESKTOP_WIDTH, height: 900 };
  for (const size of [
    { width: 320, height: 640 },
    { width: 640, height: 450 },
  ]) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expectNoSidewaysScroll(page, label);
    const heading = await page
      .getByRole('main')
      .getByRole('heading', { level: 1 })
      .first()
      .evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { left: box.left, right: box.right };
      });
    expect(heading.left, `${label}: heading at ${size.width} px`).toBeGreaterThanOrEqual(0);
    expect(heading.right, `${label}: heading at ${size.width} px`).toBeLessThanOrEqual(size.width + 1);
    expect(await controlsOffScreen(page), `${label}: controls off screen at ${size.width} px`).toEqual([]);
  }
  await page.setViewportSize(original);
}

/**
 * react-aria's Button with `isPending` announces the change through its live announcer: a hidden
 * `role="img"` node labelled by the button's id, removed after 7 s. When the button is gone by then
 * (the form closed, the page changed), the node has no name and axe reports `role-img-alt`. It is
 * the library's transient announcement, not the page: wait for it to clear before judging.
 */
async function settleAnnouncer(page: Page): Promise<boolean> {
  const stale = () =>
    [...document.querySelectorAll('[data-live-announcer] [aria-labelledby]')].some((node) =>
      (node.getAttribute('aria-labelledby') ?? '').split(' ').some((id) => !document.getElementById(id)),
    );
  if (!(await page.evaluate(stale))) return false;
  // Polled from here: the page's CSP forbids the string evaluation waitForFunction would need.
  await expect.poll(() => page.evaluate(stale), { timeout: 9_000, interval: 100 }).toBe(false);
  return true;
}

/** Screens where a stale react-aria announcement had to clear first (see settleAnnouncer). */
export const announcerWaits: string[] = [];

/**
 * The check on every screen of a journey: axe with the WCAG 2.1 A/AA tags (0 violations) and no
 * sideways scrolling at the variant's width; on the key screens (`shot` given) a full-page
 * screenshot and, in the desktop variants, reflow at 320 px and 200 % zoom (the 375 px variants
 * would only repeat that check on the same screens).
 */
export async function checkScreen(page: Page, variant: Variant, label: string, shot?: string): Promise<void> {
  const started = Date.now();
  if (await settleAnnouncer(page)) announcerWaits.push(`${variantName(variant)} ${label}`);
  try {
    await expectNoAxeViolations(page, `${variantName(variant)} ${label}`);
    axeLog.push({ label: `${variantName(variant)} ${label}`, violations: 0 });
  } catch (error) {
    axeLog.push({ label: `${variantName(variant)} ${label}`, violations: 1 });
    throw error;
  }
  await expectNoSidewaysScroll(page, `${variantName(variant)} ${label}`);
  if (shot) {
    if (variant.device === 'desktop') await expectReflow(page, `${variantName(variant)} ${label}`);
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({
      path: join(screenshotDir, `${shot}-${variantName(variant)}.png`),
      fullPage: true,
    });
  }
  // JOURNEY_TIMING=<file>: how long each screen's checks took, to keep the suite fast.
  const timing = process.env.JOURNEY_TIMING;
  if (timing) appendFileSync(timing, `${variantName(variant)} ${label}: ${Date.now() - started} ms\n`);
}

/** Unique per run and variant, so re-runs on one database never collide. */
export function stamp(variant: Variant): string {
  return `${Date.now().toString(36)}${variant.lang}${variant.device[0]}`;
}

export const PASSWORD = 'kesäyön kirkas tähtitaivas 42';

/** Setup calls that had to wait for the server's rate limit, for the report. */
export const rateLimitWaits: string[] = [];

/** A small client for the setup steps done through the API. */
export class Api {
  constructor(
    readonly baseUrl: string,
    private token = '',
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<Api> {
    const api = new Api(baseUrl);
    const session = await api.call<{ accessToken: string }>('POST', '/api/auth/login', { email, password });
    api.token = session.accessToken;
    return api;
  }

  /** Accepts an invitation as a new account; the answer carries the new person's session. */
  static async accept(
    baseUrl: string,
    inviteUrl: string,
    name: string,
  ): Promise<{ api: Api; userId: string }> {
    const token = new URL(inviteUrl).pathname.split('/').pop() ?? '';
    const answer = await new Api(baseUrl).call<{ session: { accessToken: string; user: { id: string } } }>(
      'POST',
      `/api/invitations/${token}/accept`,
      { name, password: PASSWORD },
    );
    return { api: new Api(baseUrl, answer.session.accessToken), userId: answer.session.user.id };
  }

  async call<R = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<R> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      // Accepting invitations is limited to 10 a minute per address, and every journey runs from
      // 127.0.0.1: wait as the server asks (this counts as setup time, not as a failure).
      if (response.status === 429 && attempt < 3) {
        const seconds = Number(response.headers.get('retry-after') ?? /in (\d+) s/.exec(text)?.[1] ?? 5);
        rateLimitWaits.push(`${path.replace(/[\w-]{30,}/, ':token')} ${seconds} s`);
        await new Promise((r) => setTimeout(r, (seconds + 0.5) * 1000));
        continue;
      }
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as R;
    }
  }
}

/** ISO dates around today, for a program that is running now. */
export function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Keyboard only: presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would
 * reach it. Fails if it is not reached within `max` presses.
 */
export async function tabTo(
  page: Page,
  target: import('playwright-core').Locator,
  options: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (options.max ?? 120); i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${String(target)} by ${key}`);
}

/** A complete program profile, written through the API (for people whose own steps are not the journey). */
export function fullProfile(role: 'mentor' | 'actor', sectors: string[], topics: string[], capacity = 2) {
  return {
    bio:
      role === 'mentor'
        ? 'Kokenut tuottaja. Experienced producer.'
        : 'Nuori tuottaja. Early-career producer.',
    sectors,
    topics,
    languages: ['fi', 'en'],
    municipality: 'Helsinki',
    meetingModes: ['remote', 'in_person'],
    ...(role === 'mentor' ? { capacity } : { yearsOfExperience: 2, goals: 'Oppia. Learn.' }),
  };
}

/** Weekly hours every day 08–20 (the program's zone), so there is always a free time to book. */
export const OPEN_EVERY_DAY = {
  timeZone: 'Europe/Helsinki',
  weeklyRules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
  overrides: [],
  lengths: [60],
  stepMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 24 * 60,
  horizonDays: 60,
  maxPerDay: null,
  maxPerWeek: null,
};

/** A running program (started two weeks ago) made by the coordinator through the API. */
export async function createRunningProgram(coordinator: Api, name: string): Promise<{ id: string }> {
  return coordinator.call('POST', '/api/programs', {
    name,
    description: 'E2E journey program',
    startsOn: isoDay(-14),
    endsOn: isoDay(180),
  });
}

/**
 * Invites a person (the API answers with the link, as the invite form shows it) and, unless
 * `acceptInUi`, accepts it as a new account through the API. Mail is not sent in e2e (no
 * SMTP_URL, the outbox lives in the in-process database), so the link is taken from the answer.
 */
export async function invite(
  coordinator: Api,
  programId: string,
  person: { name: string; email: string; role: 'mentor' | 'actor' },
): Promise<{ inviteUrl: string }> {
  return coordinator.call('POST', `/api/programs/${programId}/invitations`, person);
}

export async function joinAs(
  coordinator: Api,
  programId: string,
  person: { name: string; email: string; role: 'mentor' | 'actor' },
): Promise<{ api: Api; userId: string; name: string }> {
  const { inviteUrl } = await invite(coordinator, programId, person);
  const joined = await Api.accept(coordinator.baseUrl, inviteUrl, person.name);
  return { ...joined, name: person.name };
}

/**
 * Writes what this journey file saw (axe results per screen, stale-announcer waits, rate-limit
 * waits) next to the screenshots, as a CI artifact.
 */
export async function writeJourneyReport(name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const violations = axeLog.reduce((sum, entry) => sum + entry.violations, 0);
  await writeFile(
    join(screenshotDir, `${name}-report.json`),
    `${JSON.stringify({ screens: axeLog.length, axeViolations: violations, axe: axeLog, announcerWaits, rateLimitWaits }, null, 2)}\n`,
  );
}

/**
 * What every journey file shares: a browser for the run, the demo coordinator's API session for
 * the setup steps that are not the journey, and the journey's report (axe results, waits) written
 * at the end. `cleanUp` runs last with the coordinator's session (errors ignored: it tidies only).
 */
export function useJourney(name: string, cleanUp?: (coordinator: Api) => Promise<unknown>) {
  const journey = {} as { browser: Browser; coordinator: Api };
  beforeAll(async () => {
    journey.browser = await launchBrowser();
    journey.coordinator = await Api.signIn(inject('baseUrl'), 'coordinator@demo.test', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await writeJourneyReport(name);
    if (cleanUp && journey.coordinator) await cleanUp(journey.coordinator).catch(() => undefined);
    await journey.browser?.close();
  });
  return journey;
}
