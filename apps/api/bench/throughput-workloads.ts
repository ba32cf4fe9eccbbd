/**
 * What throughput.ts loads, in order: the baseline, each read followed by its own service call on
 * the bare route, and the write. `next(n)` gives the n-th request, cycling through the callers.
 */
export type Target = { method: 'GET' | 'POST'; path: string; auth?: string; body?: string };

export interface Workload {
  name: string;
  /** A read: held to the targets (40 % of the baseline, p99 under 50 ms). */
  read: boolean;
  /** Its 2xx answers are acknowledged writes, each of which must be in the database afterwards. */
  write?: boolean;
  url: string;
  next: (n: number) => Target;
}

export interface Callers {
  /** The API and the bare instance beside it. */
  api: string;
  bare: string;
  mentors: { id: string; auth: string }[];
  actorPairs: { matchId: string; mentorId: string; actorId: string; actorAuth: string; mentorAuth: string }[];
  programs: { id: string; userId: string; auth: string }[];
}

export function throughputWorkloads({ api, bare, mentors, actorPairs, programs }: Callers): Workload[] {
  const from = new Date(Date.now() + 86_400_000).toISOString();
  const to = new Date(Date.now() + 15 * 86_400_000).toISOString();
  const pick = <T>(list: T[], n: number) => list[n % list.length] as T;
  /** A read's bare service call: `path(n)` names the user in the query string. */
  const service = (read: string, path: (n: number) => string) => ({
    name: `${read}: its service call alone, bare route`,
    read: false,
    url: bare,
    next: (n: number): Target => ({ method: 'GET', path: path(n) }),
  });
  return [
    {
      name: 'baseline: bare route, select 1',
      read: true,
      url: bare,
      next: () => ({ method: 'GET', path: '/select1' }),
    },
    {
      name: 'GET /api/bookings (mentor)',
      read: true,
      url: api,
      next: (n) => ({ method: 'GET', path: '/api/bookings', auth: pick(mentors, n).auth }),
    },
    service('GET /api/bookings', (n) => `/service/bookings?user=${pick(mentors, n).id}`),
    {
      name: 'GET /api/mentors/:id/slots (2 weeks)',
      read: true,
      url: api,
      next: (n) => {
        const pair = pick(actorPairs, n);
        return {
          method: 'GET',
          path: `/api/mentors/${pair.mentorId}/slots?from=${from}&to=${to}&length=60`,
          auth: pair.actorAuth,
        };
      },
    },
    service('GET slots', (n) => {
      const pair = pick(actorPairs, n);
      return `/service/slots?user=${pair.actorId}&mentor=${pair.mentorId}&from=${from}&to=${to}&length=60`;
    }),
    {
      name: 'GET /api/programs/:id/health',
      read: true,
      url: api,
      next: (n) => {
        const program = pick(programs, n);
        return { method: 'GET', path: `/api/programs/${program.id}/health`, auth: program.auth };
      },
    },
    service('GET pair health', (n) => {
      const program = pick(programs, n);
      return `/service/health?program=${program.id}&user=${program.userId}`;
    }),
    {
      name: 'POST /api/matches/:id/sessions (log)',
      read: false,
      write: true,
      url: api,
      next: (n) => {
        const pair = pick(actorPairs, n);
        // Held on one of the last 30 days; no booking, so nothing can conflict.
        const heldAt = new Date(Date.now() - (1 + (n % 30)) * 86_400_000 - (n % 9) * 3_600_000);
        return {
          method: 'POST',
          path: `/api/matches/${pair.matchId}/sessions`,
          auth: pair.mentorAuth,
          body: JSON.stringify({
            heldAt: heldAt.toISOString(),
            durationMinutes: 60,
            format: n % 2 ? 'remote' : 'in_person',
            topics: ['bench'],
            sharedSummary: `Bench session ${n}`,
          }),
        };
      },
    },
  ] satisfies Workload[];
}
