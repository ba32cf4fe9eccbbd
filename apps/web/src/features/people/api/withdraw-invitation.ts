import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invitationsQueryKey } from './get-invitations.ts';

/** The link stops working. 409 `invitation_accepted` when the person already joined. */
export function withdrawInvitation(invitationId: string): Promise<void> {
  return api.delete<void>(`/api/invitations/${encodeURIComponent(invitationId)}`);
}

export function useWithdrawInvitation(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(programId) }),
  });
}
