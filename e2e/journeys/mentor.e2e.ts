import { describe, expect, inject, it } from 'vitest';
import { watchConsole } from '../support/browser.ts';
import {
  checkScreen,
  createRunningProgram,
  fullProfile,
  invite,
  joinAs,
  journeyPage,
  openSection,
  PASSWORD,
  tabTo,
  translator,
  useJourney,
  VARIANTS,
  variantName,
  stamp as variantStamp,
} from '../support/journey.ts';
import { tick } from '../support/navigation.ts';

const baseUrl = inject('baseUrl');

/** The first Monday at least two days ahead (YYYY-MM-DD), in local (Helsinki) terms. */
function nextMondayAfterTwoDays(): string {
  const day = new Date(Date.now() + 2 * 86_400_000);
  while (day.getDay() !== 1) day.setDate(day.getDate() + 1);
  return day.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
}

describe('journey: a mentor joins, sets up, gets booked and logs the session', () => {
  const journey = useJourney('mentor');

  for (const variant of VARIANTS) {
    it(`${variantName(variant)}: invitation, profile, availability and a day off, a booking arrives, the session is logged by keyboard`, async () => {
      const { browser, coordinator } = journey;
      const t = translator(variant.lang);
      const run = variantStamp(variant);
      const mentorName = `Mentori Marja ${run}`;
      const mentorEmail = `journey-m-${run}@example.test`;
      const agenda = `${t('scheduling.book.agenda')} ${run}`;
      const summary = `${t('progress.log.sharedSummary')} ${run}`;
      const privateNote = `${t('progress.log.privateNote')} ${run}`;
      const actionItem = `${t('progress.log.itemText', { n: 1 })} ${run}`;

      // --- Setup through the API (the coordinator's and the actor's parts, not the mentor's):
      // a running program, the mentor's invitation, and an actor who has joined with a profile.
      const program = await createRunningProgram(coordinator, `Mentor journey ${run}`);
      const { inviteUrl } = await invite(coordinator, program.id, {
        name: mentorName,
        email: mentorEmail,
        role: 'mentor',
      });
      const actor = await joinAs(coordinator, program.id, {
        name: `Aktori Antti ${run}`,
        email: `journey-ma-${run}@example.test`,
        role: 'actor',
      });
      await actor.api.call(
        'PUT',
        `/api/profiles/me?programId=${program.id}`,
        fullProfile('actor', ['festivals'], ['funding']),
      );

      const { context, page } = await journeyPage(browser, variant);
      const errors = watchConsole(page);

      // 1. Accept the invitation: a new account.
      await page.goto(`${baseUrl}${new URL(inviteUrl).pathname}`);
      await page.getByRole('heading', { level: 1, name: t('acceptInvite.title') }).waitFor();
      await checkScreen(page, variant, 'invitation', 'mentor-01-invitation');
      await page.getByLabel(t('profile.newPassword'), { exact: true }).fill(PASSWORD);
      await page.getByLabel(t('profile.confirmPassword')).fill(PASSWORD);
      await page.getByRole('button', { name: t('acceptInvite.create') }).click();
      await page.waitForURL((url) => url.pathname === `/programs/${program.id}`);
      await page.getByText(t('programDetail.welcome', { name: `Mentor journey ${run}` })).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(variant.lang);
      await checkScreen(page, variant, 'program (welcome)');

      // 2. Complete the profile.
      await openSection(page, t, t('programNav.profile'));
      const sector = variant.lang === 'fi' ? 'Musiikki' : 'Music';
      const topic = variant.lang === 'fi' ? 'Rahoitus ja apurahat' : 'Funding and grants';
      await page.getByLabel(t('myProfile.bio')).fill('Festivaalituottaja 20 vuotta. Festival producer.');
      await tick(page, sector);
      await tick(page, topic);
      await tick(page, t('profileLanguages.fi'));
      await tick(page, t('profileLanguages.en'));
      await page.getByLabel(t('myProfile.municipality')).fill('Tampere');
      await tick(page, t('meetingModes.remote'));
      await page.getByRole('textbox', { name: t('myProfile.capacity') }).fill('2');
      await page.getByRole('button', { name: t('myProfile.save') }).click();
      await page.getByText(t('myProfile.saved', { percent: 100 })).waitFor();
      expect(
        await page
          .getByRole('meter', { name: t('myProfile.completeness'), exact: true })
          .getAttribute('aria-valuenow'),
      ).toBe('100');
      await checkScreen(page, variant, 'profile complete', 'mentor-02-profile');

      // --- Setup (the coordinator's step): the pair is published.
      const mentorId = (
        await coordinator.call<{ userId: string; role: string }[]>(
          'GET',
          `/api/programs/${program.id}/participants`,
        )
      ).find((p) => p.role === 'mentor')?.userId as string;
      await coordinator.call('POST', `/api/programs/${program.id}/matches`, {
        pairs: [{ actorId: actor.userId, mentorId }],
        publish: true,
      });

      // 3. Weekly availability (Mondays 09–16) and a day off (the next Monday).
      await openSection(page, t, t('scheduling.nav.availability'));
      await page.getByRole('table', { name: t('scheduling.availability.gridCaption') }).waitFor();
      await page.getByRole('button', { name: t('scheduling.availability.addHours') }).click();
      await page.getByLabel(t('scheduling.availability.end', { number: 1 })).fill('16:00');
      await page.getByRole('button', { name: t('scheduling.availability.addOverride') }).click();
      const dayOff = nextMondayAfterTwoDays();
      await page.getByLabel(t('scheduling.availability.date', { number: 1 })).fill(dayOff);
      expect(
        await page
          .getByRole('checkbox', { name: t('scheduling.availability.dayOff', { number: 1 }) })
          .isChecked(),
      ).toBe(true);
      const savedHours = page.waitForResponse(
        (r) => r.url().endsWith('/availability') && r.request().method() === 'PUT',
      );
      await page.getByRole('button', { name: t('scheduling.availability.save') }).click();
      expect((await savedHours).status()).toBe(200);
      await page.getByText(t('scheduling.availability.saved')).waitFor();
      const body = (await savedHours).request().postDataJSON() as {
        weeklyRules: { weekday: number; start: string; end: string }[];
        overrides: { date: string; intervals: unknown[] }[];
      };
      expect(body.weeklyRules).toEqual([
        expect.objectContaining({ weekday: 1, start: '09:00', end: '16:00' }),
      ]);
      expect(body.overrides).toEqual([{ date: dayOff, intervals: [] }]);
      await checkScreen(page, variant, 'availability saved', 'mentor-03-availability');

      // --- Setup (the actor's step): a booking of the first free time, which is not on the day off.
      const from = new Date().toISOString();
      const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
      const { slots } = await actor.api.call<{ slots: { start: string }[] }>(
        'GET',
        `/api/mentors/${mentorId}/slots?from=${from}&to=${to}&length=60`,
      );
      expect(slots.length).toBeGreaterThan(0);
      const onDayOff = (start: string) =>
        new Date(start).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }) === dayOff;
      expect(slots.filter((slot) => onDayOff(slot.start))).toEqual([]);
      await actor.api.call(
        'POST',
        '/api/bookings',
        { mentorId, startsAt: slots[0]?.start, length: 60, locationKind: 'remote', agenda },
        { 'idempotency-key': `journey-${run}` },
      );

      // 4. The booking has arrived in the mentor's meetings.
      await openSection(page, t, t('scheduling.nav.meetings'));
      // The app keeps fetched data for 30 s (and refreshes on window focus); the availability page
      // fetched the (then empty) meetings moments ago, so the mentor opens the page anew.
      await page.reload();
      const upcoming = page.getByRole('region', { name: t('scheduling.meetings.upcoming') });
      const meeting = upcoming.getByRole('article').filter({ hasText: agenda });
      await meeting.waitFor();
      await meeting.getByText(actor.name).waitFor();
      await checkScreen(page, variant, 'meetings with the booking', 'mentor-04-booking-arrived');

      // 5. Log the session, keyboard only: the pair's page, then Tab, type and Enter.
      await openSection(page, t, t('matching.nav.myPairs'), t('matching.myPair.titleMentor'));
      await checkScreen(page, variant, 'my pairs');
      await tabTo(page, page.getByRole('link', { name: t('progress.nav.pairWith', { name: actor.name }) }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: t('progress.log.title') }).waitFor();
      await checkScreen(page, variant, 'pair page');
      const form = page.getByRole('region', { name: t('progress.log.title') });
      await tabTo(page, form.getByLabel(t('progress.log.sharedSummary')));
      await page.keyboard.type(summary);
      await page.keyboard.press('Tab');
      await page.keyboard.type(privateNote);
      await tabTo(page, form.getByRole('button', { name: t('progress.log.addItem') }));
      await page.keyboard.press('Enter');
      await tabTo(page, form.getByLabel(t('progress.log.itemText', { n: 1 }), { exact: true }), {
        backwards: true,
      });
      await page.keyboard.type(actionItem);
      const logged = page.waitForResponse(
        (r) => r.url().endsWith('/sessions') && r.request().method() === 'POST',
      );
      await tabTo(page, form.getByRole('button', { name: t('progress.log.submit') }));
      await page.keyboard.press('Enter');
      expect((await logged).status()).toBe(201);
      await form.getByText(t('progress.log.saved')).waitFor();
      const card = page.locator('article', { has: page.getByText(summary, { exact: true }) });
      await card.getByText(privateNote).waitFor();
      await card.getByText(actionItem).waitFor();
      await checkScreen(page, variant, 'session logged', 'mentor-05-session-logged');

      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
