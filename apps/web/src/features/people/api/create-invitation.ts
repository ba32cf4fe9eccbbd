import type { CreatedInvitation, CreateInvitationBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invitationsQueryKey } from './get-invitations.ts';

/**
 * Invites a person (replacing an open invitation of theirs). The answer carries the link, and only
 * this answer: without email delivery the coordinator passes it on. 409 `already_member`.
 */
export function createInvitation(programId: string, body: CreateInvitationBody): Promise<CreatedInvitation> {
  return api.post<CreatedInvitation>(`/api/programs/${encodeURIComponent(programId)}/invitations`, body);
}

export function useCreateInvitation(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => createInvitation(programId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(programId) }),
  });
}
