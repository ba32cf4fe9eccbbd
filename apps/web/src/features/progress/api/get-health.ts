import type { ProgramHealth } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const healthQueryKey = (programId: string) => ['health', programId] as const;

/** Every pair of the program with its meetings, action items, latest rating and state (coordinators). */
export function getHealth(programId: string, signal?: AbortSignal): Promise<ProgramHealth> {
  return api.get<ProgramHealth>(`/api/programs/${encodeURIComponent(programId)}/health`, { signal });
}

export function healthQueryOptions(programId: string) {
  return queryOptions({
    queryKey: healthQueryKey(programId),
    queryFn: ({ signal }) => getHealth(programId, signal),
  });
}

export function useHealth(programId: string) {
  return useQuery(healthQueryOptions(programId));
}
