import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { watchConsole } from '../support/browser.ts';
import {
  checkScreen,
  fullProfile,
  isoDay,
  joinAs,
  journeyPage,
  openSection,
  translator,
  useJourney,
  VARIANTS,
  variantName,
  stamp as variantStamp,
} from '../support/journey.ts';
import { DEMO_PASSWORD } from '../support/session.ts';

const baseUrl = inject('baseUrl');
const COORDINATOR = 'coordinator@demo.test';

function isSuggestion(url: string) {
  return url.endsWith('/matching/suggestions');
}

describe('journey: a coordinator runs a cohort from an empty program to published pairs and a report', () => {
  const journey = useJourney('coordinator', (coordinator) =>
    // The demo coordinator's saved language goes back to Finnish for whoever runs next.
    coordinator.call('PATCH', '/api/me', { locale: 'fi' }),
  );

  for (const variant of VARIANTS) {
    it(`${variantName(variant)}: create, import, match, lock, re-run, publish, health, report and CSV`, async () => {
      const { browser, coordinator: coordinatorApi } = journey;
      const t = translator(variant.lang);
      const run = variantStamp(variant);
      const programName = `${t('matching.workspace.title')} ${run}`;
      // The saved language wins at sign-in (as for a returning user): set it to this run's language.
      await coordinatorApi.call('PATCH', '/api/me', { locale: variant.lang });

      const { context, page } = await journeyPage(browser, variant);
      const errors = watchConsole(page);

      // 1. Sign in.
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('heading', { level: 1, name: t('login.title') }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(variant.lang);
      await checkScreen(page, variant, 'login', 'coordinator-01-login');
      await page.getByLabel(t('login.email')).fill(COORDINATOR);
      await page.getByLabel(t('login.password')).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: t('login.submit') }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await checkScreen(page, variant, 'home');

      // 2. Create a program.
      await page
        .getByRole('navigation', { name: t('nav.label') })
        .getByRole('link', { name: t('nav.programs') })
        .click();
      await page.getByRole('heading', { level: 1, name: t('programs.title') }).waitFor();
      await checkScreen(page, variant, 'programs');
      await page.getByRole('link', { name: t('newProgram.title') }).click();
      await page.getByRole('heading', { level: 1, name: t('newProgram.title') }).waitFor();
      await page.getByLabel(t('programForm.name')).fill(programName);
      await page.getByLabel(t('programForm.description')).fill('E2E journey');
      await page.getByLabel(t('programForm.startsOn'), { exact: true }).fill(isoDay(-7));
      await page.getByLabel(t('programForm.endsOn'), { exact: true }).fill(isoDay(200));
      await checkScreen(page, variant, 'new program form', 'coordinator-02-new-program');
      await page.getByRole('button', { name: t('newProgram.submit') }).click();
      await page.getByRole('heading', { level: 1, name: programName }).waitFor();
      await page.getByText(t('programDetail.created')).waitFor();
      const programId = new URL(page.url()).pathname.split('/')[2] ?? '';
      await checkScreen(page, variant, 'program created');

      // 3. Import participants from CSV: two mentors (one place each) and two actors, with the
      // headers and role names of this language.
      const people = [
        { name: `Mentori Aalto ${run}`, role: 'mentor' as const },
        { name: `Mentori Berg ${run}`, role: 'mentor' as const },
        { name: `Aktori Cedar ${run}`, role: 'actor' as const },
        { name: `Aktori Dahl ${run}`, role: 'actor' as const },
      ].map((person, i) => ({ ...person, email: `journey-c${i}-${run}@example.test` }));
      const csv =
        variant.lang === 'fi'
          ? `\uFEFFNimi;Sähköposti;Rooli\r\n${people
              .map((p) => `${p.name};${p.email};${p.role === 'mentor' ? 'mentori' : 'aktori'}`)
              .join('\r\n')}\r\n`
          : `Name,Email,Role\n${people.map((p) => `${p.name},${p.email},${p.role}`).join('\n')}\n`;
      await openSection(page, t, t('programNav.import'));
      await page
        .getByLabel(t('import.file'))
        .setInputFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      const preview = page.getByRole('table', { name: t('import.previewTitle') });
      await preview.waitFor();
      expect(
        await preview
          .getByRole('row')
          .filter({ hasText: t('import.verdict.valid') })
          .count(),
      ).toBe(4);
      await checkScreen(page, variant, 'import preview', 'coordinator-03-import');
      await page.getByRole('button', { name: t('import.run', { count: 4 }) }).click();
      await page.getByText(t('import.imported', { count: 4 })).waitFor();

      // --- Setup, not the coordinator's journey: the four accept their invitations and fill in
      // their profiles. E2E sends no mail (no SMTP_URL; the outbox is in the in-process database),
      // so each invitation is issued again through the API (which replaces the imported one and
      // answers with the link, as the invite form shows it) and accepted as a new account.
      const joined = [];
      for (const [i, person] of people.entries()) {
        const member = await joinAs(coordinatorApi, programId, person);
        await member.api.call(
          'PUT',
          `/api/profiles/me?programId=${programId}`,
          fullProfile(
            person.role,
            [i % 2 === 0 ? 'festivals' : 'music'],
            [i % 2 === 0 ? 'funding' : 'marketing', 'networking'],
            1,
          ),
        );
        joined.push({ ...person, userId: member.userId });
      }

      // The invitations page shows every one of them as accepted.
      await openSection(page, t, t('programNav.invitations'));
      const invitations = page.getByRole('table', { name: t('invitations.caption') });
      await expect
        .poll(() =>
          invitations
            .getByRole('row')
            .filter({ hasText: t('invitations.status.accepted') })
            .count(),
        )
        .toBe(4);
      await checkScreen(page, variant, 'invitations');

      // 4. Run matching: the suggestion is computed when the workspace opens.
      const firstRun = page.waitForResponse((r) => isSuggestion(r.url()));
      await openSection(page, t, t('matching.nav.workspace'));
      expect((await firstRun).status()).toBe(200);
      const summary = page.getByRole('region', { name: new RegExp(`^${t('matching.summary.title')}`) });
      await summary.getByText(t('matching.summary.placed')).waitFor();
      const pairs = page.getByRole('region', { name: t('matching.pairs.title', { count: 2 }) });
      await pairs.waitFor();
      await checkScreen(page, variant, 'matching workspace', 'coordinator-04-matching');

      // Lock one pair: the suggestion is computed again with the lock.
      const lock = pairs.getByRole('button', { name: new RegExp(`^${t('matching.pairs.lock')} `) }).first();
      const lockName = (await lock.getAttribute('aria-label')) ?? '';
      const locked = page.waitForResponse((r) => isSuggestion(r.url()));
      await lock.click();
      expect(((await locked).request().postDataJSON() as { locks: unknown[] }).locks).toHaveLength(1);
      await expect
        .poll(() => pairs.getByRole('button', { name: lockName }).getAttribute('aria-pressed'))
        .toBe('true');

      // Re-run with another weighting (a slider, by keyboard): the lock is kept.
      const rerun = page.waitForResponse((r) => isSuggestion(r.url()));
      await page.getByRole('slider', { name: t('matching.criteria.wish') }).focus();
      await page.keyboard.press('ArrowRight');
      const rerunBody = (await rerun).request().postDataJSON() as { locks: unknown[]; weights: object };
      expect(rerunBody.locks).toHaveLength(1);
      await expect
        .poll(() => pairs.getByRole('button', { name: lockName }).getAttribute('aria-pressed'))
        .toBe('true');
      await pairs.getByText(t('matching.pairs.locked'), { exact: true }).first().waitFor();
      await checkScreen(page, variant, 'matching after lock and re-run', 'coordinator-05-locked-rerun');

      // 5. Confirm and publish.
      await page.getByRole('button', { name: t('matching.confirm.publish') }).click();
      const dialog = page.getByRole('alertdialog', { name: t('matching.confirm.dialogTitle') });
      await dialog.waitFor();
      await checkScreen(page, variant, 'publish dialog');
      await dialog.getByRole('button', { name: t('matching.confirm.dialogConfirm') }).click();
      await page.getByText(t('matching.confirm.published', { count: 2 })).waitFor();
      // Saved on the server: a fresh load lists both pairs as active.
      await page.reload();
      const saved = page.getByRole('table', { name: t('matching.saved.title') });
      await expect
        .poll(() =>
          saved
            .getByRole('row')
            .filter({ hasText: t('matching.status.active') })
            .count(),
        )
        .toBe(2);
      await checkScreen(page, variant, 'matching published', 'coordinator-06-published');

      // 6. Pair health: the two new pairs.
      await openSection(page, t, t('progress.nav.health'));
      const health = page.getByRole('table', { name: t('progress.health.tableCaption') });
      await expect.poll(() => health.locator('tbody tr').count()).toBe(2);
      for (const actor of joined.filter((p) => p.role === 'actor')) {
        await health.locator('tbody tr', { hasText: actor.name }).waitFor();
      }
      await checkScreen(page, variant, 'pair health', 'coordinator-07-health');

      // 7. The indicators report, and its CSV.
      await page
        .getByRole('navigation', { name: t('nav.label') })
        .getByRole('link', { name: t('nav.reports') })
        .click();
      await page.getByRole('heading', { level: 1, name: t('reports.title') }).waitFor();
      await page.getByRole('heading', { level: 2, name: t('reports.summary.title') }).waitFor();
      await checkScreen(page, variant, 'indicators report', 'coordinator-08-report');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: t('reports.actions.csv') }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^indicators-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
      const content = await readFile((await file.path()) ?? '', 'utf8');
      expect(content.split(/\r?\n/).length).toBeGreaterThan(2);

      expect(errors).toEqual([]);
      await context.close();
      // The program's id is in the URL of every page: a sanity check that we worked in our own.
      expect(programId).toMatch(/^[0-9a-f-]{36}$/);
    });
  }
});
