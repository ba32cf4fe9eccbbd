import { describe, expect, it } from 'vitest';
import { createTurns } from './turns.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('turns', () => {
  it('runs work for one key one at a time, in arrival order', async () => {
    const turns = createTurns();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (name: string) =>
      turns.run('mentor-1', async () => {
        running++;
        most = Math.max(most, running);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        running--;
        return name;
      });
    expect(await Promise.all([job('a'), job('b'), job('c')])).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(turns.size).toBe(0);
  });

  it('runs different keys side by side', async () => {
    const turns = createTurns();
    let running = 0;
    let most = 0;
    const job = (key: string) =>
      turns.run(key, async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      });
    await Promise.all([job('a'), job('b'), job('c')]);
    expect(most).toBe(3);
  });

  it('a failure is its caller’s alone: the next in line still runs', async () => {
    const turns = createTurns();
    const first = turns.run('k', async () => {
      throw new Error('taken');
    });
    const second = turns.run('k', async () => 'booked');
    await expect(first).rejects.toThrow('taken');
    await expect(second).resolves.toBe('booked');
    expect(turns.size).toBe(0);
  });
});

describe('turns: the wait is bounded', () => {
  it('gives up after maxWaitMs with the given error, and the abandoned work never runs', async () => {
    const turns = createTurns();
    let release = () => {};
    const first = turns.run('k', () => new Promise<string>((resolve) => (release = () => resolve('first'))));
    let ran = false;
    const limit = { maxWaitMs: 20, tooLong: () => new Error('busy') };
    const second = turns.run(
      'k',
      async () => {
        ran = true;
      },
      limit,
    );
    await expect(second).rejects.toThrow('busy');
    release();
    await expect(first).resolves.toBe('first');
    const third = turns.run('k', async () => 'third', limit);
    await expect(third).resolves.toBe('third');
    expect(ran).toBe(false);
    expect(turns.size).toBe(0);
  });
});
