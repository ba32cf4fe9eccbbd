import { outbox } from '@mentoring/db/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.ts';
import { startSmtpReceiver } from '../../test/smtp.ts';
import { enqueueEmail } from './outbox.ts';
import { createOutboxWorker, type MailTransport } from './outbox-worker.ts';
import { createSmtpTransport } from './smtp-transport.ts';

const ctx = useTestApp();
const LEASE_MS = 60_000;

/** A worker process frozen or killed inside send: it never returns, and never reaches SMTP. */
function deadTransport(): MailTransport & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    send: (email) => {
      calls.push(email.subject);
      return new Promise<void>(() => undefined);
    },
  };
}

describe('outbox across a worker crash between claim and send', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let live: ReturnType<typeof createSmtpTransport>;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    live = createSmtpTransport(smtp.url, 'Mentorointi <no-reply@example.test>');
  });
  afterAll(async () => {
    live.close();
    await smtp.close();
  });
  beforeEach(async () => {
    await ctx.database.db.delete(outbox);
    smtp.received.length = 0;
    for (const n of [1, 2, 3]) {
      await enqueueEmail(
        ctx.database.db,
        { to: `p${n}@example.test`, subject: `Mail ${n}`, text: 'x' },
        ctx.clock(),
      );
    }
  });

  it('sends each email exactly once: the dead claim holds until its lease lapses, then one worker sends', async () => {
    const dead = deadTransport();
    const crashed = createOutboxWorker({
      db: ctx.database.db,
      transport: dead,
      clock: ctx.clock,
      claimMs: LEASE_MS,
    });
    void crashed.runOnce(); // claims all three, then hangs in the first send forever
    await expect.poll(() => dead.calls.length).toBe(1);

    const survivor = createOutboxWorker({
      db: ctx.database.db,
      transport: live,
      clock: ctx.clock,
      claimMs: LEASE_MS,
    });
    expect(await survivor.runOnce()).toBe(0); // the claim is still leased: nobody else may send
    ctx.clock.advance(LEASE_MS + 1_000);
    expect(await survivor.runOnce()).toBe(3);
    expect(await survivor.runOnce()).toBe(0);

    expect(smtp.received.map((m) => m.subject).sort()).toEqual(['Mail 1', 'Mail 2', 'Mail 3']);
    const rows = await ctx.database.db.select().from(outbox).orderBy(outbox.id);
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 2)).toBe(true);
    // A copy sent again (a crash after SMTP accepted it) would carry the same Message-ID.
    expect(smtp.received.map((m) => m.messageId).sort()).toEqual(
      rows.map((r) => `<outbox.${r.id}.${r.createdAt.getTime()}@example.test>`).sort(),
    );
  });

  it('a worker that stalls past its lease does not send what another worker has taken since', async () => {
    let wake: (() => void) | undefined;
    const stalledCalls: string[] = [];
    const stalled: MailTransport = {
      async send(email) {
        stalledCalls.push(email.subject);
        if (stalledCalls.length === 1) {
          // Paused mid-send (a frozen VM), then the SMTP connection turns out to be gone.
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          throw new Error('connection lost while paused');
        }
      },
    };
    const slow = createOutboxWorker({
      db: ctx.database.db,
      transport: stalled,
      clock: ctx.clock,
      claimMs: LEASE_MS,
    });
    const slowPass = slow.runOnce();
    await expect.poll(() => wake !== undefined).toBe(true);

    ctx.clock.advance(LEASE_MS + 1_000);
    const other = createOutboxWorker({
      db: ctx.database.db,
      transport: live,
      clock: ctx.clock,
      claimMs: LEASE_MS,
    });
    expect(await other.runOnce()).toBe(3);
    wake?.();
    expect(await slowPass).toBe(0); // its claims on mail 2 and 3 were taken over: skipped, not resent
    expect(stalledCalls).toEqual(['Mail 1']);

    expect(smtp.received.map((m) => m.subject).sort()).toEqual(['Mail 1', 'Mail 2', 'Mail 3']);
    const rows = await ctx.database.db.select().from(outbox);
    // The stalled worker's failure did not reschedule a message the other worker had sent.
    expect(rows.every((r) => r.sentAt !== null && r.lastError === null)).toBe(true);
  });
});
