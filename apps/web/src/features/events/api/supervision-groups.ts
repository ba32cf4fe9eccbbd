import type { SupervisionGroup, SupervisionGroupBody } from '@mentoring/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const groupsQueryKey = (programId: string) => ['supervision-groups', programId] as const;

export function getGroups(programId: string, signal?: AbortSignal): Promise<SupervisionGroup[]> {
  return api.get<SupervisionGroup[]>(`/api/programs/${encodeURIComponent(programId)}/supervision-groups`, {
    signal,
  });
}

export function groupsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: groupsQueryKey(programId),
    queryFn: ({ signal }) => getGroups(programId, signal),
  });
}

export function useGroups(programId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...groupsQueryOptions(programId), enabled });
}

/** Creates a group, or renames it and sets its members when an id is given. 400 `unknown_member`. */
export function useSaveGroup(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ groupId, body }: { groupId: string | null; body: SupervisionGroupBody }) =>
      groupId === null
        ? api.post<SupervisionGroup>(
            `/api/programs/${encodeURIComponent(programId)}/supervision-groups`,
            body,
          )
        : api.put<SupervisionGroup>(`/api/supervision-groups/${encodeURIComponent(groupId)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsQueryKey(programId) }),
  });
}

export function useDeleteGroup(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupId: string) =>
      api.delete<void>(`/api/supervision-groups/${encodeURIComponent(groupId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsQueryKey(programId) }),
  });
}
