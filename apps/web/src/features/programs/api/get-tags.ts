import type { Tag } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const tagsQueryKey = (programId: string) => ['tags', programId] as const;

/** The program's vocabulary of sectors and topics, each labelled in Finnish and English. */
export function getTags(programId: string, signal?: AbortSignal): Promise<Tag[]> {
  return api.get<Tag[]>(`/api/programs/${encodeURIComponent(programId)}/tags`, { signal });
}

export function tagsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: tagsQueryKey(programId),
    queryFn: ({ signal }) => getTags(programId, signal),
  });
}

export function useTags(programId: string) {
  return useQuery(tagsQueryOptions(programId));
}
