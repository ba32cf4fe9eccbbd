import type { Availability } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const availabilityQueryKey = (mentorId: string) => ['availability', mentorId] as const;

/** A mentor's weekly hours, date overrides and booking policy (the mentor or a coordinator). */
export function getAvailability(mentorId: string, signal?: AbortSignal): Promise<Availability> {
  return api.get<Availability>(`/api/mentors/${encodeURIComponent(mentorId)}/availability`, { signal });
}

export function availabilityQueryOptions(mentorId: string) {
  return queryOptions({
    queryKey: availabilityQueryKey(mentorId),
    queryFn: ({ signal }) => getAvailability(mentorId, signal),
  });
}

export function useAvailability(mentorId: string) {
  return useQuery(availabilityQueryOptions(mentorId));
}
