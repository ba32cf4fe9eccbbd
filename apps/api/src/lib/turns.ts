/**
 * Work that must wait its turn, one at a time per key, within this process. A booking for a mentor
 * queues here before it takes a database connection: waiting at the mentor's row lock instead would
 * hold a pooled connection for the whole wait, and ten attempts at one popular mentor would leave
 * nothing in the pool for anyone else. The database lock still decides between processes; this only
 * keeps one process from queueing at it with many connections.
 *
 * The wait is bounded (`maxWaitMs`): when the database is slow or down, a long line would otherwise
 * make the last in it wait for every failure before it. Work that gave up waiting never runs.
 */
export function createTurns() {
  const tails = new Map<string, Promise<void>>();
  return {
    async run<T>(
      key: string,
      work: () => Promise<T>,
      limit?: { maxWaitMs: number; tooLong: () => Error },
    ): Promise<T> {
      const before = tails.get(key) ?? Promise.resolve();
      let gaveUp = false;
      const mine = before.then(() => (gaveUp ? (undefined as T) : work()));
      // The next in line waits for this one to settle, whether it succeeded or failed.
      const tail = mine.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      try {
        if (limit) {
          let timer: NodeJS.Timeout | undefined;
          const tooLong = new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              gaveUp = true;
              reject(limit.tooLong());
            }, limit.maxWaitMs);
          });
          await Promise.race([before, tooLong]).finally(() => clearTimeout(timer));
        }
        return await mine;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
    /** Keys with work queued or running (for tests: the map must empty itself). */
    get size() {
      return tails.size;
    },
  };
}
