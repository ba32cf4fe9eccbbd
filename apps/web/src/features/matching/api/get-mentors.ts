import type { Participant } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** The program's mentors with their profiles, which actors may read before wishing. */
export function getMentors(programId: string, signal?: AbortSignal): Promise<Participant[]> {
  return api.get<Participant[]>(`/api/programs/${encodeURIComponent(programId)}/participants?role=mentor`, {
    signal,
  });
}

export function mentorsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: ['participants', programId, { role: 'mentor' }],
    queryFn: ({ signal }) => getMentors(programId, signal),
  });
}

export function useMentors(programId: string) {
  return useQuery(mentorsQueryOptions(programId));
}
