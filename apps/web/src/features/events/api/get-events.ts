import type { Event } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** A program's id, or null for the organisation's own events (workshops, networking for everyone). */
export type EventScope = string | null;

/** Every cache entry about a scope's events starts with this, so one invalidation refreshes them all. */
export const eventsQueryKey = (scope: EventScope) => ['events', scope ?? 'organisation'] as const;

/** The scope's events, earliest first, each with its sign-up counts and whether I am signed up. */
export async function getEvents(scope: EventScope, signal?: AbortSignal): Promise<Event[]> {
  if (scope !== null) {
    return api.get<Event[]>(`/api/events?programId=${encodeURIComponent(scope)}`, { signal });
  }
  // Without a program the API also returns my programs' events; this page shows the organisation's.
  const events = await api.get<Event[]>('/api/events', { signal });
  return events.filter((event) => event.programId === null);
}

export function eventsQueryOptions(scope: EventScope) {
  return queryOptions({
    queryKey: eventsQueryKey(scope),
    queryFn: ({ signal }) => getEvents(scope, signal),
  });
}

export function useEvents(scope: EventScope) {
  return useQuery(eventsQueryOptions(scope));
}
