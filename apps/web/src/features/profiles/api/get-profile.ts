import type { ProfileView } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Someone's profile in a program, where the viewer may see it (403 otherwise). */
export function getProfile(programId: string, userId: string, signal?: AbortSignal): Promise<ProfileView> {
  return api.get<ProfileView>(
    `/api/profiles/${encodeURIComponent(userId)}?programId=${encodeURIComponent(programId)}`,
    { signal },
  );
}

export function profileQueryOptions(programId: string, userId: string) {
  return queryOptions({
    queryKey: ['profiles', programId, 'user', userId],
    queryFn: ({ signal }) => getProfile(programId, userId, signal),
  });
}

export function useProfile(programId: string, userId: string) {
  return useQuery(profileQueryOptions(programId, userId));
}
