import type { PairRef, Suggestion } from '@mentoring/contracts';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SuggestionParams } from '../api/get-suggestion.ts';
import { useWhyNot } from '../api/get-why-not.ts';
import { samePair, whyNotText } from '../model.ts';
import { useNumberFormat } from '../use-format.ts';

/** One heatmap cell: the pair, its score (null where forbidden) and whether it was chosen. */
export interface CellInfo {
  actorId: string;
  mentorId: string;
  score: number | null;
  chosen: boolean;
}

/** "Why not?" for one cell, asked only when its tooltip opens. */
export function WhyNot({
  programId,
  params,
  pair,
  names,
}: {
  programId: string;
  params: SuggestionParams;
  pair: PairRef;
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const answer = useWhyNot(programId, params, pair);
  if (answer.isPending) return <p>{t('matching.heatmap.asking')}</p>;
  if (answer.isError) return <p>{t('matching.heatmap.whyNotFailed')}</p>;
  return (
    <>
      <p>{whyNotText(answer.data, i18n.language, names)}</p>
      {answer.data.cost !== null ? (
        <p className="why-not-cost">{t('matching.heatmap.cost', { points: format(answer.data.cost) })}</p>
      ) : null}
    </>
  );
}

/** The pressed cell: its explanation, kept on screen, and the lock and exclude actions for it. */
export function InspectedPair({
  programId,
  params,
  pair,
  names,
  suggestion,
  label,
  locks,
  exclusions,
  onToggleLock,
  onToggleExclusion,
}: {
  programId: string;
  params: SuggestionParams;
  pair: PairRef | null;
  names: ReadonlyMap<string, string>;
  suggestion: Suggestion;
  label: (cell: CellInfo) => string;
  locks: readonly PairRef[];
  exclusions: readonly PairRef[];
  onToggleLock: (pair: PairRef) => void;
  onToggleExclusion: (pair: PairRef) => void;
}) {
  const { t } = useTranslation();
  if (!pair) {
    // The live region is there before the first press, so the first explanation is announced too.
    return (
      <div className="why-not-panel why-not-panel-empty">
        <div role="status" />
      </div>
    );
  }
  const r = suggestion.heatmap.actorIds.indexOf(pair.actorId);
  const c = suggestion.heatmap.mentorIds.indexOf(pair.mentorId);
  const score = suggestion.heatmap.scores[r]?.[c] ?? null;
  const chosenPair = suggestion.pairs.find((candidate) => samePair(candidate, pair));
  const cell: CellInfo = { ...pair, score, chosen: chosenPair !== undefined };
  const actor = names.get(pair.actorId) ?? pair.actorId;
  const mentor = names.get(pair.mentorId) ?? pair.mentorId;
  const locked = locks.some((lock) => samePair(lock, pair));
  const excluded = exclusions.some((exclusion) => samePair(exclusion, pair));
  // Running pairs are locked by the server and cannot be changed here.
  const running = chosenPair?.locked === true && !locked;
  return (
    <div className="why-not-panel">
      <div role="status">
        <p className="why-not-title">{label(cell)}</p>
        {cell.chosen ? (
          <p>{t('matching.heatmap.isChosen')}</p>
        ) : (
          <WhyNot programId={programId} params={params} pair={pair} names={names} />
        )}
      </div>
      {running ? null : (
        <div className="pair-actions">
          {excluded ? null : (
            <ToggleButton
              className="button button-secondary button-small toggle-lock"
              isSelected={locked}
              onChange={() => onToggleLock(pair)}
              aria-label={t('matching.pairs.lockLabel', { actor, mentor })}
            >
              {t('matching.pairs.lock')}
            </ToggleButton>
          )}
          {score === null && !excluded ? null : (
            <ToggleButton
              className="button button-danger-outline button-small toggle-exclude"
              isSelected={excluded}
              onChange={() => onToggleExclusion(pair)}
              aria-label={t('matching.pairs.excludeLabel', { actor, mentor })}
            >
              {t('matching.pairs.exclude')}
            </ToggleButton>
          )}
        </div>
      )}
    </div>
  );
}
