import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { watchConsole } from '../support/browser.ts';
import {
  checkScreen,
  createRunningProgram,
  fullProfile,
  invite,
  joinAs,
  journeyPage,
  OPEN_EVERY_DAY,
  openSection,
  PASSWORD,
  type T,
  tabTo,
  translator,
  useJourney,
  VARIANTS,
  variantName,
  stamp as variantStamp,
} from '../support/journey.ts';
import { tick } from '../support/navigation.ts';

const baseUrl = inject('baseUrl');

/** The fixed part of a translated string before the variable `name`, as a RegExp prefix. */
function startOf(t: T, key: string, name: string, vars: Record<string, string> = {}): RegExp {
  const text = t(key, { ...vars, [name]: '\u0000' }).split('\u0000')[0] ?? '';
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * Keyboard only: moves the slot picker in `scope` two weeks ahead with "Next week" (so the time
 * is well past the booking and change notice periods) and tabs to the `nth` free time there.
 */
async function tabToSlotTwoWeeksAhead(page: Page, t: T, scope: Locator, nth: number): Promise<Locator> {
  const label = scope.locator('.week-nav-label');
  for (let week = 0; week < 2; week += 1) {
    const shown = await label.textContent();
    await tabTo(page, scope.getByRole('button', { name: t('scheduling.week.next') }));
    await page.keyboard.press('Enter');
    await expect.poll(() => label.textContent()).not.toBe(shown);
  }
  const slot = scope.locator('.slot-button').nth(nth);
  await slot.waitFor();
  await tabTo(page, slot);
  return slot;
}

describe('journey: an actor joins, wishes, books, reflects, answers and sees progress', () => {
  const journey = useJourney('actor');

  for (const variant of VARIANTS) {
    it(`${variantName(variant)}: invitation, goals, wishes, keyboard booking, .ics, reschedule, reflection, survey, check-in`, async () => {
      const { browser, coordinator } = journey;
      const t = translator(variant.lang);
      const run = variantStamp(variant);
      const programName = `Actor journey ${run}`;
      const actorName = `Aktori Aino ${run}`;
      const agenda = `${t('scheduling.book.agenda')} ${run}`;
      const goalTitle = `${t('progress.goals.title')} ${run}`;
      const reflection = `${t('progress.reflection.add')} ${run}`;

      // --- Setup through the API (not the actor's journey): a running program with two mentors who
      // have joined, filled in their profiles and opened their calendars; the actor's invitation.
      const program = await createRunningProgram(coordinator, programName);
      const mentors = [];
      for (const [i, name] of [`Mentori Ilona ${run}`, `Mentori Juha ${run}`].entries()) {
        const mentor = await joinAs(coordinator, program.id, {
          name,
          email: `journey-a${i}-${run}@example.test`,
          role: 'mentor',
        });
        await mentor.api.call(
          'PUT',
          `/api/profiles/me?programId=${program.id}`,
          fullProfile('mentor', ['festivals'], ['funding']),
        );
        await mentor.api.call('PUT', `/api/mentors/${mentor.userId}/availability`, OPEN_EVERY_DAY);
        mentors.push(mentor);
      }
      const { inviteUrl } = await invite(coordinator, program.id, {
        name: actorName,
        email: `journey-a-${run}@example.test`,
        role: 'actor',
      });

      const { context, page } = await journeyPage(browser, variant);
      const errors = watchConsole(page);

      // 1. Accept the invitation.
      await page.goto(`${baseUrl}${new URL(inviteUrl).pathname}`);
      await page.getByRole('heading', { level: 1, name: t('acceptInvite.title') }).waitFor();
      await checkScreen(page, variant, 'invitation', 'actor-01-invitation');
      await page.getByLabel(t('profile.newPassword'), { exact: true }).fill(PASSWORD);
      await page.getByLabel(t('profile.confirmPassword')).fill(PASSWORD);
      await page.getByRole('button', { name: t('acceptInvite.create') }).click();
      await page.waitForURL((url) => url.pathname === `/programs/${program.id}`);
      await page.getByText(t('programDetail.welcome', { name: programName })).waitFor();
      await checkScreen(page, variant, 'program (welcome)');

      // 2. Set goals: the profile, with "My goals" (the pair's own goals follow once paired).
      await openSection(page, t, t('programNav.profile'));
      await page.getByLabel(t('myProfile.bio')).fill('Tapahtumatuottaja. Event producer.');
      await tick(page, variant.lang === 'fi' ? 'Festivaalit' : 'Festivals');
      await tick(page, variant.lang === 'fi' ? 'Rahoitus ja apurahat' : 'Funding and grants');
      await tick(page, t('profileLanguages.fi'));
      await page.getByLabel(t('myProfile.municipality')).fill('Oulu');
      await tick(page, t('meetingModes.remote'));
      await page.getByRole('textbox', { name: t('myProfile.yearsOfExperience') }).fill('3');
      await page
        .getByLabel(t('myProfile.goals'))
        .fill(`${goalTitle}: festivaalin rahoitus / festival funding.`);
      await page.getByRole('button', { name: t('myProfile.save') }).click();
      await page.getByText(t('myProfile.saved', { percent: 100 })).waitFor();
      await checkScreen(page, variant, 'profile with goals', 'actor-02-profile-goals');

      // 3. Rank mentor wishes: both, then the second first (by keyboard), and save.
      await openSection(page, t, t('matching.nav.wishes'), t('matching.wishes.title'));
      await page.getByRole('region', { name: t('matching.wishes.mentors', { count: 2 }) }).waitFor();
      const [first, second] = mentors.map((m) => m.name).sort((a, b) => a.localeCompare(b)) as [
        string,
        string,
      ];
      await page.getByRole('button', { name: t('matching.wishes.addLabel', { name: first }) }).click();
      await page.getByRole('button', { name: t('matching.wishes.addLabel', { name: second }) }).click();
      await page.getByRole('button', { name: t('matching.wishes.moveUpLabel', { name: second }) }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(t('matching.wishes.moved', { name: second, rank: 1 })).waitFor();
      const wishesSaved = page.waitForResponse(
        (r) => r.url().endsWith('/wishes') && r.request().method() === 'PUT',
      );
      await page.getByRole('button', { name: t('matching.wishes.save') }).click();
      const wished = ((await wishesSaved).request().postDataJSON() as { mentorIds: string[] }).mentorIds;
      const topMentor = mentors.find((m) => m.name === second);
      expect(wished).toEqual([topMentor?.userId, mentors.find((m) => m.name === first)?.userId]);
      await page.getByText(t('matching.wishes.saved')).waitFor();
      // Saved on the server: a fresh load shows the order.
      await page.reload();
      await page.getByText(`1. ${second}, 2. ${first}`).waitFor();
      await checkScreen(page, variant, 'wishes', 'actor-03-wishes');

      // --- Setup (the coordinator's step): the pair with the first wish is published.
      const actorId = (
        await coordinator.call<{ userId: string; role: string }[]>(
          'GET',
          `/api/programs/${program.id}/participants`,
        )
      ).find((p) => p.role === 'actor')?.userId as string;
      await coordinator.call('POST', `/api/programs/${program.id}/matches`, {
        pairs: [{ actorId, mentorId: topMentor?.userId }],
        publish: true,
      });

      // --- Setup (the mentor's and the coordinator's steps): the mentor logs a first, unbooked meeting
      // held today, and the coordinator sends the after-session pulse survey to the actors.
      const mentor = topMentor as (typeof mentors)[number];
      const match = (
        await coordinator.call<{ id: string }[]>('GET', `/api/programs/${program.id}/matches`)
      )[0];
      await mentor.api.call('POST', `/api/matches/${match?.id}/sessions`, {
        heldAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
        durationMinutes: 60,
        format: 'remote',
        sharedSummary: `Yhteenveto / summary ${run}`,
      });
      const survey = await coordinator.call<{ id: string; title: { fi: string; en: string } }>(
        'POST',
        `/api/programs/${program.id}/surveys`,
        {
          template: 'pulse',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        },
      );
      await coordinator.call('POST', `/api/surveys/${survey.id}/send`, { roles: ['actor'] });

      // 4. The pair's own goal, on the pair page.
      await openSection(page, t, t('matching.nav.myPair'), t('matching.myPair.title'));
      await page.getByRole('heading', { level: 2, name: second }).waitFor();
      await checkScreen(page, variant, 'my pair');
      await page.getByRole('link', { name: t('progress.nav.pairWith', { name: second }) }).click();
      await page.getByRole('heading', { level: 2, name: t('progress.goals.heading') }).waitFor();
      await page.getByRole('button', { name: t('progress.goals.add', { n: '0', max: '5' }) }).click();
      await page.getByLabel(t('progress.goals.title'), { exact: true }).fill(goalTitle);
      await page
        .getByLabel(t('progress.goals.successCriteria'))
        .fill('Rahoitussuunnitelma valmis. A funding plan.');
      await page.getByRole('button', { name: t('progress.goals.create'), exact: true }).click();
      await page.getByText(t('progress.goals.created')).waitFor();
      const table = page.getByRole('table', { name: t('progress.chart.tableCaption', { goal: goalTitle }) });
      const rated = () =>
        table.getByRole('cell', { name: t('progress.chart.rating', { rating: '4' }) }).count();
      expect(await rated()).toBe(0);
      await checkScreen(page, variant, 'pair page with a goal', 'actor-04-goal');

      // 5. Book with the mentor, keyboard only: Tab to a free time, Enter, Tab through the form.
      await openSection(page, t, t('scheduling.nav.book'));
      const main = page.getByRole('main');
      await main
        .getByRole('heading', { level: 2, name: t('scheduling.book.freeTimes', { name: second }) })
        .waitFor();
      await tabToSlotTwoWeeksAhead(page, t, main, 0);
      await page.keyboard.press('Enter');
      const formHeading = page.getByRole('heading', { level: 2, name: t('scheduling.book.formTitle') });
      await formHeading.waitFor();
      await expect.poll(() => formHeading.evaluate((el) => el === document.activeElement)).toBe(true);
      await checkScreen(page, variant, 'booking form');
      await tabTo(page, page.getByLabel(t('scheduling.book.link')));
      await page.keyboard.type('https://meet.example.test/journey');
      await page.keyboard.press('Tab');
      await page.keyboard.type(agenda);
      const booked = page.waitForResponse(
        (r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST',
      );
      await tabTo(page, page.getByRole('button', { name: t('scheduling.book.submit'), exact: true }));
      await page.keyboard.press('Enter');
      expect((await booked).status()).toBe(201);
      await page.getByText(t('scheduling.book.done', { name: second })).waitFor();
      await checkScreen(page, variant, 'booked', 'actor-05-booked');

      // 6. Download the .ics, then reschedule.
      await openSection(page, t, t('scheduling.nav.meetings'));
      const upcoming = page.getByRole('region', { name: t('scheduling.meetings.upcoming') });
      const card = upcoming.getByRole('article').filter({ hasText: agenda });
      await card.waitFor();
      const download = page.waitForEvent('download');
      await card.getByRole('button', { name: t('scheduling.meeting.addToCalendar') }).click();
      const ics = await download;
      expect(ics.suggestedFilename()).toMatch(/\.ics$/);
      const icsText = await readFile((await ics.path()) ?? '', 'utf8');
      expect(icsText).toContain('BEGIN:VCALENDAR');
      expect(icsText).toContain('BEGIN:VEVENT');
      await checkScreen(page, variant, 'meetings', 'actor-06-meetings');
      await card.getByRole('button', { name: t('scheduling.meeting.reschedule') }).click();
      await tabToSlotTwoWeeksAhead(page, t, card, 1);
      await page.keyboard.press('Enter');
      const moved = page.waitForResponse((r) => r.url().endsWith('/reschedule'));
      await card.getByRole('button', { name: startOf(t, 'scheduling.reschedule.confirm', 'when') }).click();
      expect((await moved).status()).toBe(200);
      await page.getByText(startOf(t, 'scheduling.reschedule.done', 'when')).waitFor();
      await checkScreen(page, variant, 'rescheduled', 'actor-07-rescheduled');

      // 7. Write a reflection on the logged meeting.
      await openSection(page, t, t('matching.nav.myPair'), t('matching.myPair.title'));
      await page.getByRole('link', { name: t('progress.nav.pairWith', { name: second }) }).click();
      const session = page.locator('article', { has: page.getByText(`Yhteenveto / summary ${run}`) });
      await session.waitFor();
      await session.getByRole('button', { name: startOf(t, 'progress.reflection.addFor', 'when') }).click();
      await session
        .getByRole('textbox', { name: startOf(t, 'progress.reflection.label', 'when') })
        .fill(reflection);
      await session.getByRole('button', { name: t('progress.reflection.save') }).click();
      await session.getByText(t('progress.reflection.saved')).waitFor();
      await session.getByText(reflection).waitFor();
      await checkScreen(page, variant, 'reflection saved', 'actor-08-reflection');

      // 8. Answer the survey.
      await openSection(page, t, t('surveys.nav.surveys'), t('surveys.title'));
      const title = survey.title[variant.lang];
      const answerLink = page.getByRole('link', { name: `${t('surveys.answer')}: ${title}` });
      await answerLink.waitFor();
      await checkScreen(page, variant, 'surveys');
      await answerLink.click();
      const useful = page.getByRole('radiogroup', {
        name: new RegExp(
          variant.lang === 'fi' ? 'Tapaaminen oli minulle hyödyllinen' : 'The session was useful',
        ),
      });
      await useful.waitFor();
      await useful.getByRole('radio', { name: t('surveys.question.scaleValue.4'), exact: true }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      expect(
        await useful
          .getByRole('radio', { name: t('surveys.question.scaleValue.5'), exact: true })
          .isChecked(),
      ).toBe(true);
      const next = page.getByRole('radiogroup', {
        name: new RegExp(variant.lang === 'fi' ? 'Seuraavat askeleeni' : 'My next steps'),
      });
      await next.getByRole('radio', { name: t('surveys.question.scaleValue.4'), exact: true }).focus();
      await page.keyboard.press('Space');
      await page
        .getByRole('textbox', {
          name:
            variant.lang === 'fi' ? 'Mitä haluat sanoa tapaamisesta?' : 'Anything to say about the session?',
        })
        .fill(reflection);
      await checkScreen(page, variant, 'survey form', 'actor-09-survey');
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/my-response') && r.request().method() === 'PUT',
      );
      await page.getByRole('button', { name: t('surveys.form.save') }).click();
      expect((await answered).status()).toBe(200);
      await page.getByText(startOf(t, 'surveys.form.saved', 'date')).waitFor();

      // 9. Check in on the goal; the progress chart (and its table) moves from "not rated" to 4/5.
      await openSection(page, t, t('matching.nav.myPair'), t('matching.myPair.title'));
      await page.getByRole('link', { name: t('progress.nav.pairWith', { name: second }) }).click();
      await table.waitFor();
      expect(await rated()).toBe(0);
      const dots = () =>
        page.locator('.progress-chart .recharts-dot, .progress-chart .recharts-line-dot').count();
      const dotsBefore = await dots();
      await page.getByRole('button', { name: t('progress.checkIn.openFor', { goal: goalTitle }) }).click();
      await page.locator('label', { hasText: t('progress.checkIn.scale.r4') }).click();
      await page.getByLabel(t('progress.checkIn.note')).fill(`+ ${run}`);
      await page.getByRole('button', { name: t('progress.checkIn.submit') }).click();
      await page.getByText(t('progress.checkIn.saved', { goal: goalTitle })).waitFor();
      await expect.poll(rated).toBe(1);
      await expect.poll(dots).toBeGreaterThan(dotsBefore);
      await checkScreen(page, variant, 'progress after check-in', 'actor-10-progress');

      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
