import type { Participant } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const participantsQueryKey = (programId: string) => ['participants', programId] as const;

/**
 * Everyone in the program the viewer may see (coordinators: everyone, with emails and profiles;
 * mentors: coordinators, mentors and their own actors; actors: coordinators, mentors and themselves).
 */
export function getParticipants(programId: string, signal?: AbortSignal): Promise<Participant[]> {
  return api.get<Participant[]>(`/api/programs/${encodeURIComponent(programId)}/participants`, { signal });
}

export function participantsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: participantsQueryKey(programId),
    queryFn: ({ signal }) => getParticipants(programId, signal),
  });
}

export function useParticipants(programId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...participantsQueryOptions(programId), enabled });
}
