import type { Indicators } from '@mentoring/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface IndicatorsScope {
  from: string;
  to: string;
  /** None: every program the caller coordinates (administrators: all, with organisation events). */
  programIds: readonly string[];
}

/** `from=…&to=…&programId=…&programId=…`: the API takes the program parameter repeated. */
export function indicatorsSearch({ from, to, programIds }: IndicatorsScope): string {
  const params = new URLSearchParams({ from, to });
  for (const id of programIds) params.append('programId', id);
  return params.toString();
}

export function getIndicators(scope: IndicatorsScope, signal?: AbortSignal): Promise<Indicators> {
  return api.get<Indicators>(`/api/reports/indicators?${indicatorsSearch(scope)}`, { signal });
}

export function indicatorsQueryOptions(scope: IndicatorsScope) {
  return queryOptions({
    queryKey: ['indicators', scope.from, scope.to, [...scope.programIds].sort()] as const,
    queryFn: ({ signal }) => getIndicators(scope, signal),
    // The previous figures stay on screen while a new range loads, so the page does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useIndicators(scope: IndicatorsScope) {
  return useQuery(indicatorsQueryOptions(scope));
}

/**
 * The same figures as CSV, fetched with the access token (a plain link would carry none) and saved
 * through a Blob URL. The byte-order mark (dropped by decoding) is put back so spreadsheet programs read UTF-8.
 */
export async function downloadIndicatorsCsv(scope: IndicatorsScope): Promise<void> {
  const text = await api.get<string>(`/api/reports/indicators.csv?${indicatorsSearch(scope)}`, {
    responseType: 'text',
  });
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `indicators-${scope.from}-${scope.to}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next task: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
