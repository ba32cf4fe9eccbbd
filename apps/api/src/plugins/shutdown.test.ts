import { describe, expect, inject, it } from 'vitest';
import { useTestApp } from '../test/harness.ts';

const ctx = useTestApp();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The whole-process behaviour (SIGTERM, exit code, pool) is tested in ops/graceful-shutdown.test.ts,
// which needs root. This covers the draining rules everywhere. PGlite runs one query at a time, so
// a transaction held open by the test keeps a request honestly in flight.
describe.runIf(inject('dbTemplate').kind === 'pglite')('draining', () => {
  it('lets a running request finish, answers new ones 503 with Connection: close, then resolves', async () => {
    let release: (() => void) | undefined;
    const held = ctx.database.pglite?.transaction(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    await expect.poll(() => release !== undefined).toBe(true);
    const running = ctx.app.inject({ method: 'GET', url: '/readyz' }); // waits for the transaction
    await sleep(100);

    let drainedYet = false;
    const drained = ctx.app.drain(5_000).then((value) => {
      drainedYet = true;
      return value;
    });
    const refused = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers.connection).toBe('close');
    expect(refused.json()).toMatchObject({ status: 503, code: 'shutting_down' });
    await sleep(100);
    expect(drainedYet).toBe(false); // the readiness check is still running

    release?.();
    await held;
    expect((await running).statusCode).toBe(200);
    expect(await drained).toBe(true);
  });
});
