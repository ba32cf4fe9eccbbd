import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../app.ts';
import type { AccessWorld, WorldRole } from './factories.ts';
import { injectAs } from './harness.ts';

const ROLES: WorldRole[] = ['coordinator', 'mentor', 'actor', 'otherCoordinator', 'admin', 'outsider'];

/**
 * The access check every route's tests run: anonymous gets 401; each role of the world not in
 * `allowed` gets 403 (or 404 where the route hides existence); each allowed role gets through.
 * A new route cannot ship without saying, role by role, who may call it.
 */
export async function expectAccess(
  app: App,
  world: AccessWorld,
  request: InjectOptions,
  rules: { allowed: WorldRole[]; deniedStatus?: 403 | 404 },
): Promise<void> {
  const anonymous = await injectAs(app, null, request);
  expect(anonymous.statusCode, 'anonymous').toBe(401);
  expect(anonymous.headers['content-type']).toContain('application/problem+json');

  for (const role of ROLES) {
    const response = await injectAs(app, world.users[role], request);
    if (rules.allowed.includes(role)) {
      expect([401, 403], `${role} should be allowed`).not.toContain(response.statusCode);
      expect(response.statusCode, `${role} should be allowed`).toBeLessThan(500);
    } else {
      expect(response.statusCode, `${role} should be denied`).toBe(rules.deniedStatus ?? 403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  }
}
