import type { ProfileView } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const myProfileQueryKey = (programId: string) => ['profiles', programId, 'me'] as const;

/** My profile in one program (a person keeps a separate one per program and role). */
export function getMyProfile(programId: string, signal?: AbortSignal): Promise<ProfileView> {
  return api.get<ProfileView>(`/api/profiles/me?programId=${encodeURIComponent(programId)}`, { signal });
}

export function myProfileQueryOptions(programId: string) {
  return queryOptions({
    queryKey: myProfileQueryKey(programId),
    queryFn: ({ signal }) => getMyProfile(programId, signal),
  });
}

export function useMyProfile(programId: string) {
  return useQuery(myProfileQueryOptions(programId));
}
