import type { PairRef, Suggestion } from '@mentoring/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { type MatchingSettings as Settings, useMatchingSettings } from '../api/get-matching-settings.ts';
import { type SuggestionParams, useSuggestion } from '../api/get-suggestion.ts';
import { CRITERIA, namesOf, toggleExclusion, toggleLock } from '../model.ts';
import { useNumberFormat } from '../use-format.ts';
import { ConfirmSuggestion } from './confirm-suggestion.tsx';
import { MatchingSettings } from './matching-settings.tsx';
import { ExcludedPairs, MentorLoad, UnplacedActors } from './placement-details.tsx';
import { SavedMatches } from './saved-matches.tsx';
import { ScoreHeatmap } from './score-heatmap.tsx';
import { SuggestedPairs } from './suggested-pairs.tsx';
import { SuggestionComparison } from './suggestion-comparison.tsx';
import { SuggestionSummary } from './suggestion-summary.tsx';

/** Slider moves wait this long for the next one before the suggestion is solved again. */
export const RERUN_DELAY_MS = 300;

function initialParams(settings: Settings): SuggestionParams {
  const mustHave: SuggestionParams['mustHave'] = {};
  for (const criterion of CRITERIA) if (settings.mustHave[criterion]) mustHave[criterion] = true;
  return { weights: settings.weights, mustHave, objective: 'maxTotal', locks: [], exclusions: [] };
}

interface Shown {
  suggestion: Suggestion;
  params: SuggestionParams;
}

/**
 * The coordinator's matching workspace: settings on one side; on the other the live suggestion,
 * its comparison with the one before, the heatmap, the pairs, and saving them.
 */
export function MatchingWorkspace({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const settings = useMatchingSettings(programId);
  const [draft, setDraft] = useState<SuggestionParams | null>(null);
  const [applied, setApplied] = useState<SuggestionParams | null>(null);
  const [history, setHistory] = useState<{ current: Shown | null; previous: Shown | null }>({
    current: null,
    previous: null,
  });

  if (settings.data && draft === null) {
    const start = initialParams(settings.data);
    setDraft(start);
    setApplied(start);
  }

  // Slider moves are applied once they pause; everything else is applied at once by `change`.
  useEffect(() => {
    if (draft === applied) return;
    const timer = setTimeout(() => setApplied(draft), RERUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, applied]);

  // Stable callbacks (reading the latest draft from a ref) let the heavy panels skip re-rendering
  // while a slider moves: only the settings panel follows each step.
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const change = useCallback((next: SuggestionParams, immediate: boolean) => {
    setDraft(next);
    if (immediate) setApplied(next);
  }, []);
  const onToggleLock = useCallback(
    (pair: PairRef) => {
      const current = draftRef.current;
      if (current) change({ ...current, locks: toggleLock(current.locks, pair) }, true);
    },
    [change],
  );
  const onToggleExclusion = useCallback(
    (pair: PairRef) => {
      const current = draftRef.current;
      if (current) change({ ...current, ...toggleExclusion(current.exclusions, current.locks, pair) }, true);
    },
    [change],
  );

  const suggestion = useSuggestion(programId, applied);
  // Remember each new answer and the one before it, for the comparison.
  if (
    suggestion.data &&
    applied &&
    !suggestion.isPlaceholderData &&
    suggestion.data !== history.current?.suggestion
  ) {
    setHistory({ current: { suggestion: suggestion.data, params: applied }, previous: history.current });
  }

  const shown = history.current;
  const names = useMemo(() => namesOf(shown?.suggestion.people ?? []), [shown]);
  const mentorOptions = useMemo(
    () =>
      (shown?.suggestion.mentors ?? [])
        .map((mentor) => ({
          mentorId: mentor.mentorId,
          name: names.get(mentor.mentorId) ?? mentor.mentorId,
          capacity: mentor.capacity,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [shown, names],
  );

  if (settings.isPending) return <LoadingState />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!draft) return <LoadingState />;

  const solving = suggestion.isFetching || draft !== applied;

  return (
    <div className="matching-workspace">
      <div className="matching-side">
        <MatchingSettings params={draft} onChange={change} />
      </div>
      <div className="matching-main">
        <p role="status" className="visually-hidden">
          {shown && history.previous
            ? t('matching.summary.updated', {
                total: format(shown.suggestion.totalScore),
                placed: format(shown.suggestion.placedCount),
              })
            : ''}
        </p>
        {suggestion.isError && !shown ? (
          <QueryError error={suggestion.error} onRetry={() => void suggestion.refetch()} />
        ) : null}
        {suggestion.isError && shown ? (
          <p className="alert alert-error" role="alert">
            {t('matching.summary.rerunFailed')}
          </p>
        ) : null}
        {shown ? (
          <>
            <SuggestionSummary suggestion={shown.suggestion} solving={solving} />
            {history.previous ? (
              <SuggestionComparison
                previous={history.previous.suggestion}
                current={shown.suggestion}
                names={names}
              />
            ) : null}
            <UnplacedActors suggestion={shown.suggestion} names={names} />
            <ExcludedPairs exclusions={draft.exclusions} names={names} onAllow={onToggleExclusion} />
            <ScoreHeatmap
              programId={programId}
              suggestion={shown.suggestion}
              params={shown.params}
              names={names}
              locks={draft.locks}
              exclusions={draft.exclusions}
              onToggleLock={onToggleLock}
              onToggleExclusion={onToggleExclusion}
            />
            <SuggestedPairs
              suggestion={shown.suggestion}
              names={names}
              locks={draft.locks}
              onToggleLock={onToggleLock}
              onExclude={onToggleExclusion}
            />
            <MentorLoad suggestion={shown.suggestion} names={names} />
            <ConfirmSuggestion programId={programId} suggestion={shown.suggestion} isStale={solving} />
          </>
        ) : suggestion.isError ? null : (
          <LoadingState />
        )}
        <SavedMatches programId={programId} mentors={mentorOptions} />
      </div>
    </div>
  );
}
