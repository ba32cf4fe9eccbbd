import type { InvitationPreview } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** What an invitation link is for; public. 404 `invitation_not_valid` when expired, used or withdrawn. */
export function getInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return api.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`, { signal, auth: false });
}

export function invitationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => getInvitationPreview(token, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
