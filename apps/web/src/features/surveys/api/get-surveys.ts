import type { Survey, SurveySummary } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const surveysQueryKey = (programId: string) => ['surveys', programId] as const;
export const surveyQueryKey = (surveyId: string) => ['survey', surveyId] as const;

/** Coordinators: every survey of the program. Participants: the surveys sent to them. */
export function getSurveys(programId: string, signal?: AbortSignal): Promise<SurveySummary[]> {
  return api.get<SurveySummary[]>(`/api/programs/${encodeURIComponent(programId)}/surveys`, { signal });
}

export function useSurveys(programId: string) {
  return useQuery(
    queryOptions({
      queryKey: surveysQueryKey(programId),
      queryFn: ({ signal }) => getSurveys(programId, signal),
    }),
  );
}

/** One survey with its questions. */
export function getSurvey(surveyId: string, signal?: AbortSignal): Promise<Survey> {
  return api.get<Survey>(`/api/surveys/${encodeURIComponent(surveyId)}`, { signal });
}

export function useSurvey(surveyId: string) {
  return useQuery(
    queryOptions({
      queryKey: surveyQueryKey(surveyId),
      queryFn: ({ signal }) => getSurvey(surveyId, signal),
    }),
  );
}
