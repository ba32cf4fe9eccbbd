import type { CreateEventBody, Event, UpdateEventBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { type EventScope, eventsQueryKey } from './get-events.ts';

/** 400 `invalid_times`, `unknown_group`; 409 `program_archived`. */
export function createEvent(body: CreateEventBody): Promise<Event> {
  return api.post<Event>('/api/events', body);
}

export function updateEvent(eventId: string, body: UpdateEventBody): Promise<Event> {
  return api.patch<Event>(`/api/events/${encodeURIComponent(eventId)}`, body);
}

export function deleteEvent(eventId: string): Promise<void> {
  return api.delete<void>(`/api/events/${encodeURIComponent(eventId)}`);
}

/** Creates the event, or changes it when an id is given. */
export function useSaveEvent(programId: EventScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, body }: { eventId: string | null; body: CreateEventBody }) => {
      if (eventId === null) return createEvent(body);
      const { programId: _program, ...changes } = body;
      return updateEvent(eventId, changes);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventsQueryKey(programId) }),
  });
}

export function useDeleteEvent(programId: EventScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventsQueryKey(programId) }),
  });
}
