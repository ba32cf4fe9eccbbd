import type { Tag } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { tagsQueryKey } from './get-tags.ts';

/** Replaces the whole vocabulary: labels of kept slugs change, slugs left out are removed. */
export function updateTags(programId: string, tags: Tag[]): Promise<Tag[]> {
  return api.put<Tag[]>(`/api/programs/${encodeURIComponent(programId)}/tags`, { tags });
}

export function useUpdateTags(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tags: Tag[]) => updateTags(programId, tags),
    onSuccess: (tags) => queryClient.setQueryData(tagsQueryKey(programId), tags),
  });
}
