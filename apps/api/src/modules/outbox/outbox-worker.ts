import { type Db, queryRows } from '@mentoring/db';
import { type OutboxEmail, outbox } from '@mentoring/db/schema';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../lib/clock.ts';

export interface MailTransport {
  /** `messageKey` is the same each time one outbox message is sent: the Message-ID's local part. */
  send(email: OutboxEmail, meta: { messageKey: string }): Promise<void>;
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

interface ClaimedMessage {
  id: number;
  payload: OutboxEmail;
  attempts: number;
  createdAt: Date | string;
}

/** Stable per outbox row; the creation time keeps keys unique across databases (a restored backup). */
export function messageKeyFor(message: Pick<ClaimedMessage, 'id' | 'createdAt'>): string {
  return `outbox.${message.id}.${new Date(message.createdAt).getTime()}`;
}

/**
 * Sends queued emails. Messages are claimed with FOR UPDATE SKIP LOCKED and a lease, so any number
 * of workers (in any number of processes) share the queue.
 *
 * Delivery guarantee. A claim commits before anything is sent, so a worker that dies between claim
 * and send strands nothing: its lease lapses and another worker sends the message, once. A claim
 * is identified by (id, attempts); before each send the worker renews its lease only if the claim
 * is still its own, so a worker that stalled past its lease (a long batch, a paused VM) skips
 * messages another worker has taken since. What no SMTP client can close is the gap between the
 * server accepting a message and our `sent_at` commit: a crash exactly there sends it again on
 * retry (at-least-once; marking sent *before* sending would lose mail instead, at-most-once). That
 * copy carries the same Message-ID, which mail systems use to drop duplicates, and the transport's
 * timeouts are shorter than the lease, so a slow send cannot overlap another worker's.
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { db, transport, clock } = options;
  const batchSize = options.batchSize ?? 20;
  const claimSeconds = (options.claimMs ?? 60_000) / 1000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function claim(): Promise<ClaimedMessage[]> {
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
          returning id, payload, attempts, created_at as "createdAt"`,
    );
  }

  /** Renews the lease if this claim (id, attempts) is still ours and unsent; false if lost. */
  async function stillOurs(id: number, attempts: number): Promise<boolean> {
    const rows = await queryRows(
      db,
      sql`update ${outbox} set claimed_until = ${clock()}::timestamptz + make_interval(secs => ${claimSeconds})
          where id = ${id} and attempts = ${attempts} and sent_at is null returning id`,
    );
    return rows.length > 0;
  }
  const ours = (id: number, attempts: number) =>
    and(eq(outbox.id, id), eq(outbox.attempts, attempts), isNull(outbox.sentAt));

  /** One pass over the queue; returns how many messages were sent. */
  async function runOnce(): Promise<number> {
    let sent = 0;
    for (const message of await claim()) {
      if (!(await stillOurs(message.id, message.attempts))) continue;
      try {
        await transport.send(message.payload, { messageKey: messageKeyFor(message) });
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
          .where(ours(message.id, message.attempts));
        options.log?.warn({ err: error, outboxId: message.id }, 'email send failed; will retry');
      }
    }
    return sent;
  }

  return {
    runOnce,
    start(intervalMs = 2_000) {
      stopped = false;
      const tick = async () => {
        running = runOnce().catch((error) => {
          options.log?.warn({ err: error }, 'outbox pass failed');
          return 0;
        });
        await running;
        if (stopped) return; // stop() was called during this pass: do not schedule another
        timer = setTimeout(tick, intervalMs);
        timer.unref();
      };
      timer = setTimeout(tick, 0);
      timer.unref();
    },
    /** Stops polling and waits for a pass in progress to finish. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
