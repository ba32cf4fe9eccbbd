import type { Event } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { type EventScope, eventsQueryKey } from './get-events.ts';

export function getEvent(eventId: string, signal?: AbortSignal): Promise<Event> {
  return api.get<Event>(`/api/events/${encodeURIComponent(eventId)}`, { signal });
}

export function eventQueryOptions(programId: EventScope, eventId: string) {
  return queryOptions({
    queryKey: [...eventsQueryKey(programId), 'event', eventId] as const,
    queryFn: ({ signal }) => getEvent(eventId, signal),
  });
}

export function useEvent(programId: EventScope, eventId: string) {
  return useQuery(eventQueryOptions(programId, eventId));
}
