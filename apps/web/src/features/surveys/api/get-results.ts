import type { RespondentRole, SurveyComparison, SurveyResults } from '@mentoring/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

const roleQuery = (role: RespondentRole | null) => (role ? `?role=${role}` : '');

/** Anonymous results of a closed survey, for everyone or one role (coordinators). */
export function getResults(surveyId: string, role: RespondentRole | null, signal?: AbortSignal) {
  return api.get<SurveyResults>(`/api/surveys/${encodeURIComponent(surveyId)}/results${roleQuery(role)}`, {
    signal,
  });
}

export function useResults(surveyId: string, role: RespondentRole | null, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['survey-results', surveyId, role] as const,
      queryFn: ({ signal }) => getResults(surveyId, role, signal),
      enabled,
      placeholderData: keepPreviousData,
    }),
  );
}

/** The same results as CSV text, for the download button. */
export function getResultsCsv(surveyId: string, role: RespondentRole | null, lang: 'fi' | 'en') {
  const query = new URLSearchParams({ lang, ...(role ? { role } : {}) });
  return api.get<string>(`/api/surveys/${encodeURIComponent(surveyId)}/results.csv?${query}`, {
    responseType: 'text',
  });
}

export function useComparison(programId: string, from: string | null, to: string) {
  return useQuery(
    queryOptions({
      queryKey: ['survey-compare', programId, from, to] as const,
      queryFn: ({ signal }) =>
        api.get<SurveyComparison>(
          `/api/programs/${encodeURIComponent(programId)}/surveys/compare?from=${from}&to=${to}`,
          { signal },
        ),
      enabled: from !== null,
    }),
  );
}
