import type { Event } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Every cache entry about a program's events starts with this, so one invalidation refreshes them all. */
export const eventsQueryKey = (programId: string) => ['events', programId] as const;

/** The program's events, earliest first, each with its sign-up counts and whether I am signed up. */
export function getEvents(programId: string, signal?: AbortSignal): Promise<Event[]> {
  return api.get<Event[]>(`/api/events?programId=${encodeURIComponent(programId)}`, { signal });
}

export function eventsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: eventsQueryKey(programId),
    queryFn: ({ signal }) => getEvents(programId, signal),
  });
}

export function useEvents(programId: string) {
  return useQuery(eventsQueryOptions(programId));
}
