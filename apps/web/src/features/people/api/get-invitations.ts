import type { Invitation } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const invitationsQueryKey = (programId: string) => ['invitations', programId] as const;

/** The program's invitations, newest first, with their status (open, accepted, revoked, expired). */
export function getInvitations(programId: string, signal?: AbortSignal): Promise<Invitation[]> {
  return api.get<Invitation[]>(`/api/programs/${encodeURIComponent(programId)}/invitations`, { signal });
}

export function invitationsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: invitationsQueryKey(programId),
    queryFn: ({ signal }) => getInvitations(programId, signal),
  });
}

export function useInvitations(programId: string) {
  return useQuery(invitationsQueryOptions(programId));
}
