import { DEMO_LOGINS } from '@mentoring/db';
import { programs, users } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoWorld } from '../../database.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

async function demoUser(email: string): Promise<AuthUser> {
  const [row] = await ctx.database.db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no ${email}`);
  return { id: row.id, isAdmin: row.isAdmin };
}

describe('demo surveys', () => {
  it('the past cohort shows growth from start to end; actor1 has the open mid-point survey to answer', async () => {
    expect(await seedDemoWorld(ctx.database)).toBe(true);
    const coordinator = await demoUser(DEMO_LOGINS.coordinator);
    const actor = await demoUser(DEMO_LOGINS.actor);
    const all = await ctx.database.db.select().from(programs);
    const past = all.find((p) => p.archivedAt) as (typeof all)[number];
    const running = all.find(
      (p) => p.name !== past.name && p.startsOn < new Date().toISOString().slice(0, 10),
    );
    const get = (user: AuthUser, url: string) => injectAs(ctx.app, user, { method: 'GET', url });

    const pastSurveys = (await get(coordinator, `/api/programs/${past.id}/surveys`)).json();
    const start = pastSurveys.find((s: { kind: string }) => s.kind === 'start');
    const end = pastSurveys.find((s: { kind: string }) => s.kind === 'end');
    expect(end).toMatchObject({ status: 'closed', recipientCount: 38 });
    expect(end.responseCount).toBeGreaterThanOrEqual(30);

    const results = (await get(coordinator, `/api/surveys/${end.id}/results`)).json();
    const growth = results.questions.find((q: { key: string }) => q.key === 'professional_growth');
    expect(growth.shown).toBe(true);
    expect(growth.mean).toBeGreaterThanOrEqual(4);
    const texts = results.questions.find((q: { key: string }) => q.key === 'open_feedback').texts;
    expect(texts.length).toBeGreaterThanOrEqual(5);
    const mentors = (await get(coordinator, `/api/surveys/${end.id}/results?role=mentor`)).json();
    expect(mentors.questions[0]).toMatchObject({ shown: true });

    const compared = (
      await get(coordinator, `/api/programs/${past.id}/surveys/compare?from=${start.id}&to=${end.id}`)
    ).json();
    const item = (key: string) => compared.items.find((i: { key: string }) => i.key === key);
    expect(item('loneliness').to.mean).toBeLessThan(item('loneliness').from.mean - 0.8);
    expect(item('networking').to.mean).toBeGreaterThan(item('networking').from.mean + 0.8);

    const mine = (await get(actor, `/api/programs/${running?.id}/surveys`)).json();
    expect(mine.find((s: { kind: string }) => s.kind === 'mid')).toMatchObject({
      status: 'open',
      answered: false,
    });
    expect(mine.find((s: { kind: string }) => s.kind === 'start')).toMatchObject({ status: 'closed' });
  });
});
