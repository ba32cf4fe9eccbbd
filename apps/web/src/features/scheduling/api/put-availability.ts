import type { Availability, AvailabilityBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { availabilityQueryKey } from './get-availability.ts';
import { slotsQueryPrefix } from './get-slots.ts';

/** Replaces the mentor's availability; 400 `invalid_availability` with field errors. */
export function putAvailability(mentorId: string, body: AvailabilityBody): Promise<Availability> {
  return api.put<Availability>(`/api/mentors/${encodeURIComponent(mentorId)}/availability`, body);
}

export function usePutAvailability(mentorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AvailabilityBody) => putAvailability(mentorId, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(availabilityQueryKey(mentorId), saved);
      await queryClient.invalidateQueries({ queryKey: slotsQueryPrefix(mentorId) });
    },
  });
}
