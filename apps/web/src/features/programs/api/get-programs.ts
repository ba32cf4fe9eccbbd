import type { ProgramSummary } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const programsQueryKey = ['programs'] as const;

/** The programs I belong to, with my role and participant counts (administrators: every program). */
export function getPrograms(signal?: AbortSignal): Promise<ProgramSummary[]> {
  return api.get<ProgramSummary[]>('/api/programs', { signal });
}

export const programsQueryOptions = queryOptions({
  queryKey: programsQueryKey,
  queryFn: ({ signal }) => getPrograms(signal),
});

export function usePrograms({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...programsQueryOptions, enabled });
}
