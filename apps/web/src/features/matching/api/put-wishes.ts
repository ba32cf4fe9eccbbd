import type { Wishes } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { wishesQueryKey } from './get-wishes.ts';

/** Replaces the actor's wishes: up to three mentors, most wished first. 400 `duplicate_wish`, `unknown_reference`. */
export function putWishes(programId: string, mentorIds: string[]): Promise<Wishes> {
  return api.put<Wishes>(`/api/programs/${encodeURIComponent(programId)}/wishes`, { mentorIds });
}

export function usePutWishes(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mentorIds: string[]) => putWishes(programId, mentorIds),
    onSuccess: (saved) => queryClient.setQueryData(wishesQueryKey(programId), [saved]),
  });
}
