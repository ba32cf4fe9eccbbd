import type { Event } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { type EventScope, eventsQueryKey } from './get-events.ts';

/** Signs me up. 409 `event_full`, `event_past`. */
export function signUp(eventId: string): Promise<Event> {
  return api.put<Event>(`/api/events/${encodeURIComponent(eventId)}/registration`);
}

export function withdraw(eventId: string): Promise<Event> {
  return api.delete<Event>(`/api/events/${encodeURIComponent(eventId)}/registration`);
}

/** Sign up or withdraw; the answer is the event with its new counts, put straight into the list. */
export function useRegistration(programId: EventScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, join }: { eventId: string; join: boolean }) =>
      join ? signUp(eventId) : withdraw(eventId),
    onSuccess: (event) => {
      queryClient.setQueryData<Event[]>(eventsQueryKey(programId), (events) =>
        events?.map((candidate) => (candidate.id === event.id ? event : candidate)),
      );
    },
    // A full event's counts changed under us: fetch them again so the seats shown are true.
    onError: () => queryClient.invalidateQueries({ queryKey: eventsQueryKey(programId) }),
  });
}
