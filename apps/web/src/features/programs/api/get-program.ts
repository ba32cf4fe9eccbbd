import type { ProgramDetail } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { programsQueryKey } from './get-programs.ts';

export function getProgram(programId: string, signal?: AbortSignal): Promise<ProgramDetail> {
  return api.get<ProgramDetail>(`/api/programs/${encodeURIComponent(programId)}`, { signal });
}

export function programQueryOptions(programId: string) {
  return queryOptions({
    queryKey: [...programsQueryKey, programId],
    queryFn: ({ signal }) => getProgram(programId, signal),
  });
}

export function useProgram(programId: string) {
  return useQuery(programQueryOptions(programId));
}
