import type { ImportReport } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invitationsQueryKey } from './get-invitations.ts';

export interface ImportRequest {
  csv: string;
  /** Only judge the rows (the preview); nothing is written. */
  dryRun: boolean;
}

/** Sends the CSV text as it is; the server reads commas or semicolons, with or without a BOM. */
export function importParticipants(programId: string, { csv, dryRun }: ImportRequest): Promise<ImportReport> {
  return api.post<ImportReport>(
    `/api/programs/${encodeURIComponent(programId)}/imports/participants?dryRun=${dryRun}`,
    csv,
    { contentType: 'text/csv' },
  );
}

export function useImportParticipants(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => importParticipants(programId, request),
    onSuccess: async (report) => {
      if (!report.dryRun && report.imported > 0) {
        await queryClient.invalidateQueries({ queryKey: invitationsQueryKey(programId) });
      }
    },
  });
}
