import type { PairRef, Suggestion } from '@mentoring/contracts';
import { memo, useId, useRef, useState } from 'react';
import { Button, type KeyboardEvent, OverlayArrow, Tooltip, TooltipTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SuggestionParams } from '../api/get-suggestion.ts';
import { cellColours, scoreRange } from '../model.ts';
import { useNumberFormat } from '../use-format.ts';
import { type CellInfo, InspectedPair, WhyNot } from './inspected-pair.tsx';

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
