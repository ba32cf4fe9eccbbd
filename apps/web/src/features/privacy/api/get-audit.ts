import type { AuditEntry } from '@mentoring/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export function getAudit(subjectId: string | null, signal?: AbortSignal): Promise<AuditEntry[]> {
  const params = new URLSearchParams({ limit: '200' });
  if (subjectId) params.set('subjectId', subjectId);
  return api.get<AuditEntry[]>(`/api/admin/audit?${params}`, { signal });
}

export function auditQueryOptions(subjectId: string | null) {
  return queryOptions({
    queryKey: ['audit', subjectId] as const,
    queryFn: ({ signal }) => getAudit(subjectId, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(subjectId: string | null) {
  return useQuery(auditQueryOptions(subjectId));
}
