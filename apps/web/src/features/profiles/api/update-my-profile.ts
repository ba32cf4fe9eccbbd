import type { ProfileView, UpdateProfileBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { myProfileQueryKey } from './get-my-profile.ts';

/** Mentors and actors; 400 `unknown_reference` names the tags or people that are not in the program. */
export function updateMyProfile(programId: string, body: UpdateProfileBody): Promise<ProfileView> {
  return api.put<ProfileView>(`/api/profiles/me?programId=${encodeURIComponent(programId)}`, body);
}

export function useUpdateMyProfile(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => updateMyProfile(programId, body),
    onSuccess: async (view) => {
      queryClient.setQueryData(myProfileQueryKey(programId), view);
      // Completeness shows in the participant list too.
      await queryClient.invalidateQueries({ queryKey: ['participants', programId] });
    },
  });
}
