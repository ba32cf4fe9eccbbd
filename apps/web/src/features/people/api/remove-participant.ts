import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { participantsQueryKey } from './get-participants.ts';

/** Ends the person's access to the program; their history stays. 409 `last_coordinator` for the last one. */
export function removeParticipant(programId: string, userId: string): Promise<void> {
  return api.delete<void>(
    `/api/programs/${encodeURIComponent(programId)}/participants/${encodeURIComponent(userId)}`,
  );
}

export function useRemoveParticipant(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeParticipant(programId, userId),
    onSuccess: async () => {
      // The head counts on the program page and in the program list change too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: participantsQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: ['programs'] }),
      ]);
    },
  });
}
