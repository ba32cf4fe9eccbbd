/**
 * Work that must wait its turn, one at a time per key, within this process. A booking for a mentor
 * queues here before it takes a database connection: waiting at the mentor's row lock instead would
 * hold a pooled connection for the whole wait, and ten attempts at one popular mentor would leave
 * nothing in the pool for anyone else. The database lock still decides between processes; this only
 * keeps one process from queueing at it with many connections.
 */
export function createTurns() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const before = tails.get(key) ?? Promise.resolve();
      const mine = before.then(work, work);
      // The next in line waits for this one to settle, whether it succeeded or failed.
      const tail = mine.catch(() => undefined);
      tails.set(key, tail);
      try {
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
