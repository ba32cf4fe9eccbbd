import type { App } from '../../app.ts';
import { AUTHZ_MATRIX } from '../authz/authz-matrix.ts';
import { injectAs } from '../harness.ts';
import { TRUST_CALLERS, type TrustCaller, type TrustWorld } from './trust-world.ts';

export interface Answer {
  route: string;
  caller: TrustCaller;
  /** Whose objects the path named: pair A's, pair B's, or none (no path parameters). */
  on: 'A' | 'B' | '-';
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/**
 * iCalendar folds lines at 75 octets (CRLF and a space), which would hide an address or a text
 * from a substring search: calendar answers are unfolded first.
 */
function readable(contentType: string, body: string): string {
  return contentType.includes('text/calendar') ? body.replace(/\r?\n[ \t]/g, '') : body;
}

/** The API's own description and the probes carry no one's data. */
const SKIPPED = /^\/(healthz|readyz)$|^\/api\/(docs|openapi\.json)/;

/**
 * Calls every GET route of the app as every caller of the trust world, on pair A's objects and
 * on pair B's, with the authorization matrix's valid query for each route; returns all answers.
 * Each caller's own calendar feed is fetched too (the feed file is the one public GET with data).
 */
export async function walkGets(
  app: App,
  world: TrustWorld,
  options: { only?: (url: string) => boolean } = {},
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const routes = app.routeTable.filter(
    (r) => r.method === 'GET' && !SKIPPED.test(r.url) && (options.only?.(r.url) ?? true),
  );
  for (const route of routes) {
    const key = `GET ${route.url}`;
    const rule = AUTHZ_MATRIX[key];
    if (!rule) throw new Error(`no matrix entry for ${key}`);
    if (route.url === '/api/calendar/:file') continue; // fetched below, with real feed addresses
    const sets: ['A' | 'B' | '-', Record<string, string>][] = route.url.includes(':')
      ? [
          ['A', world.idsA],
          ['B', world.idsB],
        ]
      : [['-', world.idsA]];
    for (const [on, ids] of sets) {
      const request = rule.request?.(ids);
      const path = route.url.replace(
        /:(\w+)/g,
        (_, name: string) => ids[rule.params?.[name] ?? name] ?? name,
      );
      const url = request?.query ? `${path}?${request.query}` : path;
      for (const caller of TRUST_CALLERS) {
        const response = await injectAs(app, world.users[caller], { method: 'GET', url });
        answers.push({
          route: key,
          caller,
          on,
          url,
          status: response.statusCode,
          contentType: String(response.headers['content-type'] ?? ''),
          body: readable(String(response.headers['content-type'] ?? ''), response.body),
        });
      }
    }
  }
  if (!options.only || options.only('/api/calendar/:file')) {
    for (const caller of TRUST_CALLERS) {
      const feed = await injectAs(app, world.users[caller], { method: 'POST', url: '/api/calendar/feed' });
      const path = new URL(feed.json().url as string).pathname;
      const response = await app.inject({ method: 'GET', url: path });
      answers.push({
        route: 'GET /api/calendar/:file',
        caller,
        on: '-',
        url: path,
        status: response.statusCode,
        contentType: String(response.headers['content-type'] ?? ''),
        body: readable(String(response.headers['content-type'] ?? ''), response.body),
      });
    }
  }
  return answers;
}
