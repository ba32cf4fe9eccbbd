import type { PairRef, Suggestion } from '@mentoring/contracts';
import { memo, useId, useRef, useState } from 'react';
import {
  Button,
  type KeyboardEvent,
  OverlayArrow,
  ToggleButton,
  Tooltip,
  TooltipTrigger,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SuggestionParams } from '../api/get-suggestion.ts';
import { useWhyNot } from '../api/get-why-not.ts';
import { cellColours, samePair, scoreRange, whyNotText } from '../model.ts';
import { useNumberFormat } from '../use-format.ts';

interface CellInfo {
  actorId: string;
  mentorId: string;
  score: number | null;
  chosen: boolean;
}

/** "Why not?" for one cell, asked only when its tooltip opens. */
function WhyNot({
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
function InspectedPair({
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

/**
 * Every actor × mentor score as a table: rows are actors, columns mentors. The colour follows the
 * score (the number is always written too), chosen pairs are outlined, forbidden ones show "—".
 * Each cell is a button whose tooltip (hover or keyboard focus) explains why the pair was not
 * chosen; pressing it (also by touch) keeps the explanation below the table, with a way to lock or
 * exclude that pair. One cell is in the tab order; the arrow keys, Home and End move between cells.
 */
export const ScoreHeatmap = memo(function ScoreHeatmap({
  programId,
  suggestion,
  params,
  names,
  locks,
  exclusions,
  onToggleLock,
  onToggleExclusion,
}: {
  programId: string;
  suggestion: Suggestion;
  params: SuggestionParams;
  names: ReadonlyMap<string, string>;
  locks: readonly PairRef[];
  exclusions: readonly PairRef[];
  onToggleLock: (pair: PairRef) => void;
  onToggleExclusion: (pair: PairRef) => void;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const hintId = useId();
  const { actorIds, mentorIds, scores } = suggestion.heatmap;
  const chosen = new Set(suggestion.pairs.map((pair) => `${pair.actorId}:${pair.mentorId}`));
  const { low, high } = scoreRange(scores);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const row = Math.min(active.row, actorIds.length - 1);
  const col = Math.min(active.col, mentorIds.length - 1);
  const tableRef = useRef<HTMLTableElement>(null);
  const [inspected, setInspected] = useState<PairRef | null>(null);

  const move = (event: KeyboardEvent, r: number, c: number) => {
    const last = { row: actorIds.length - 1, col: mentorIds.length - 1 };
    const target =
      event.key === 'ArrowUp'
        ? { row: r - 1, col: c }
        : event.key === 'ArrowDown'
          ? { row: r + 1, col: c }
          : event.key === 'ArrowLeft'
            ? { row: r, col: c - 1 }
            : event.key === 'ArrowRight'
              ? { row: r, col: c + 1 }
              : event.key === 'Home'
                ? { row: event.ctrlKey ? 0 : r, col: 0 }
                : event.key === 'End'
                  ? { row: event.ctrlKey ? last.row : r, col: last.col }
                  : null;
    if (!target) {
      event.continuePropagation();
      return;
    }
    event.preventDefault();
    const next = {
      row: Math.max(0, Math.min(last.row, target.row)),
      col: Math.max(0, Math.min(last.col, target.col)),
    };
    setActive(next);
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
  };

  const label = (cell: CellInfo) => {
    const actor = names.get(cell.actorId) ?? cell.actorId;
    const mentor = names.get(cell.mentorId) ?? cell.mentorId;
    if (cell.score === null) return t('matching.heatmap.forbiddenCell', { actor, mentor });
    return t(cell.chosen ? 'matching.heatmap.chosenCell' : 'matching.heatmap.cell', {
      actor,
      mentor,
      score: format(cell.score),
    });
  };

  return (
    <section aria-labelledby={headingId} className="card heatmap-card">
      <h2 id={headingId}>{t('matching.heatmap.title')}</h2>
      <p id={hintId} className="field-hint">
        {t('matching.heatmap.hint')}
      </p>
      <div className="heatmap-legend" aria-hidden="true">
        <span>{format(low)}</span>
        <span className="heatmap-legend-bar" style={{ backgroundImage: legendGradient(low, high) }} />
        <span>{format(high)}</span>
        <span className="heatmap-legend-chosen">{t('matching.heatmap.legendChosen')}</span>
      </div>
      <div className="heatmap-scroll">
        <table ref={tableRef} className="heatmap" aria-labelledby={headingId} aria-describedby={hintId}>
          <thead>
            <tr>
              <td className="heatmap-corner" />
              {mentorIds.map((mentorId) => (
                <th key={mentorId} scope="col" className="heatmap-mentor">
                  {names.get(mentorId) ?? mentorId}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actorIds.map((actorId, r) => (
              <tr key={actorId}>
                <th scope="row" className="heatmap-actor">
                  {names.get(actorId) ?? actorId}
                </th>
                {mentorIds.map((mentorId, c) => {
                  const score = scores[r]?.[c] ?? null;
                  const cell: CellInfo = {
                    actorId,
                    mentorId,
                    score,
                    chosen: chosen.has(`${actorId}:${mentorId}`),
                  };
                  const colours = score === null ? undefined : cellColours(score, low, high);
                  return (
                    <td
                      key={mentorId}
                      className={cell.chosen ? 'heatmap-cell heatmap-chosen' : 'heatmap-cell'}
                      style={colours ? { backgroundColor: colours.background } : undefined}
                    >
                      <TooltipTrigger delay={250} closeDelay={100}>
                        <Button
                          className="heatmap-button"
                          data-cell={`${r}:${c}`}
                          aria-label={label(cell)}
                          excludeFromTabOrder={r !== row || c !== col}
                          onFocus={() => setActive({ row: r, col: c })}
                          onPress={() => setInspected({ actorId, mentorId })}
                          onKeyDown={(event) => move(event, r, c)}
                          style={colours ? { color: colours.color } : undefined}
                        >
                          {score === null ? '—' : format(score)}
                        </Button>
                        <Tooltip className="tooltip why-not" placement="top" offset={8}>
                          <OverlayArrow className="tooltip-arrow">
                            <svg width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
                              <path d="M0 0 L6 6 L12 0" />
                            </svg>
                          </OverlayArrow>
                          <p className="why-not-title">{label(cell)}</p>
                          {cell.chosen ? (
                            <p>{t('matching.heatmap.isChosen')}</p>
                          ) : (
                            <WhyNot
                              programId={programId}
                              params={params}
                              pair={{ actorId, mentorId }}
                              names={names}
                            />
                          )}
                        </Tooltip>
                      </TooltipTrigger>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InspectedPair
        programId={programId}
        params={params}
        pair={inspected}
        names={names}
        suggestion={suggestion}
        label={label}
        locks={locks}
        exclusions={exclusions}
        onToggleLock={onToggleLock}
        onToggleExclusion={onToggleExclusion}
      />
    </section>
  );
});

function legendGradient(low: number, high: number): string {
  const stops = [0, 0.5, 1].map((t) => cellColours(low + (high - low) * t, low, high).background);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
