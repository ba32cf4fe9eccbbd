import { outbox } from '@mentoring/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.ts';
import { startSmtpReceiver } from '../../test/smtp.ts';
import { enqueueEmail } from './outbox.ts';
import { createOutboxWorker } from './outbox-worker.ts';
import { createSmtpTransport } from './smtp-transport.ts';

const ctx = useTestApp();

describe('outbox', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
  });
  afterAll(() => smtp.close());

  it('delivers queued email through real SMTP, once, even with two workers at once', async () => {
    for (let i = 0; i < 6; i++) {
      await enqueueEmail(
        ctx.database.db,
        { to: `person${i}@example.test`, subject: `Hei ${i}`, text: `Viesti ${i} – äö` },
        ctx.clock(),
      );
    }
    const transport = createSmtpTransport(smtp.url, 'Mentorointi <no-reply@example.test>');
    const workers = [1, 2].map(() =>
      createOutboxWorker({ db: ctx.database.db, transport, clock: ctx.clock, batchSize: 2 }),
    );
    let sent = 0;
    for (let pass = 0; pass < 5; pass++) {
      const counts = await Promise.all(workers.map((w) => w.runOnce()));
      sent += counts.reduce((a, b) => a + b, 0);
    }
    transport.close();
    expect(sent).toBe(6);
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([
      'Hei 0',
      'Hei 1',
      'Hei 2',
      'Hei 3',
      'Hei 4',
      'Hei 5',
    ]);
    expect(smtp.received[0]?.text).toMatch(/Viesti \d – äö/);
    const rows = await ctx.database.db.select().from(outbox);
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
  });

  it('keeps a message whose send failed and retries it later', async () => {
    await ctx.database.db.delete(outbox);
    await enqueueEmail(
      ctx.database.db,
      { to: 'retry@example.test', subject: 'Retry', text: 'x' },
      ctx.clock(),
    );
    let fail = true;
    const transport = {
      async send() {
        if (fail) throw new Error('SMTP down');
      },
    };
    const worker = createOutboxWorker({ db: ctx.database.db, transport, clock: ctx.clock });
    expect(await worker.runOnce()).toBe(0);
    expect(await worker.runOnce()).toBe(0); // backing off
    fail = false;
    ctx.clock.advance(61_000);
    expect(await worker.runOnce()).toBe(1);
    const [row] = await ctx.database.db.select().from(outbox);
    expect(row).toMatchObject({ attempts: 2, lastError: 'SMTP down' });
  });
});
