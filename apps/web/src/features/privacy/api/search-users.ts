import type { AdminUser } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export function searchUsers(q: string, signal?: AbortSignal): Promise<AdminUser[]> {
  return api.get<AdminUser[]>(`/api/admin/users?${new URLSearchParams({ q })}`, { signal });
}

/** Asks only once the search has two characters: the API refuses shorter ones. */
export function useUserSearch(q: string) {
  const trimmed = q.trim();
  return useQuery({
    ...queryOptions({
      queryKey: ['admin-users', trimmed] as const,
      queryFn: ({ signal }) => searchUsers(trimmed, signal),
    }),
    enabled: trimmed.length >= 2,
  });
}
