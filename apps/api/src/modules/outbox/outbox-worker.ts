import { type Db, queryRows } from '@mentoring/db';
import { type OutboxEmail, outbox } from '@mentoring/db/schema';
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../lib/clock.ts';

export interface MailTransport {
  send(email: OutboxEmail): Promise<void>;
}

export interface OutboxWorkerOptions {
  db: Db;
  transport: MailTransport;
  clock: Clock;
  batchSize?: number;
  /** How long a claim holds; a worker that dies mid-send frees its messages after this. */
  claimMs?: number;
  log?: { warn: (obj: object, msg: string) => void };
}

const MAX_ATTEMPTS = 8;

/**
 * Sends queued emails. Messages are claimed with FOR UPDATE SKIP LOCKED and a lease, so any number
 * of workers (in any number of processes) share the queue and each message goes out once.
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { db, transport, clock } = options;
  const batchSize = options.batchSize ?? 20;
  const claimSeconds = (options.claimMs ?? 60_000) / 1000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function claim(): Promise<{ id: number; payload: OutboxEmail; attempts: number }[]> {
    const now = clock();
    return queryRows(
      db,
      sql`update ${outbox} set claimed_until = ${now}::timestamptz + make_interval(secs => ${claimSeconds}),
            attempts = attempts + 1
          where id in (
            select id from ${outbox}
            where sent_at is null and available_at <= ${now}::timestamptz and attempts < ${MAX_ATTEMPTS}
              and (claimed_until is null or claimed_until < ${now}::timestamptz)
            order by id limit ${batchSize}
            for update skip locked)
          returning id, payload, attempts`,
    );
  }

  /** One pass over the queue; returns how many messages were sent. */
  async function runOnce(): Promise<number> {
    let sent = 0;
    for (const message of await claim()) {
      try {
        await transport.send(message.payload);
        await db.update(outbox).set({ sentAt: clock(), claimedUntil: null }).where(eq(outbox.id, message.id));
        sent++;
      } catch (error) {
        // Back off exponentially: 1, 2, 4 ... minutes.
        const retryAt = new Date(clock().getTime() + 60_000 * 2 ** (message.attempts - 1));
        await db
          .update(outbox)
          .set({
            claimedUntil: null,
            availableAt: retryAt,
            lastError: String((error as Error).message).slice(0, 500),
          })
          .where(eq(outbox.id, message.id));
        options.log?.warn({ err: error, outboxId: message.id }, 'email send failed; will retry');
      }
    }
    return sent;
  }

  return {
    runOnce,
    start(intervalMs = 2_000) {
      const tick = async () => {
        running = runOnce().catch((error) => {
          options.log?.warn({ err: error }, 'outbox pass failed');
          return 0;
        });
        await running;
        timer = setTimeout(tick, intervalMs);
        timer.unref();
      };
      timer = setTimeout(tick, 0);
      timer.unref();
    },
    /** Stops polling and waits for a pass in progress to finish. */
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
