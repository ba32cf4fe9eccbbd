import type { Suggestion } from '@mentoring/contracts';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSuggestions } from '../model.ts';
import { useNumberFormat } from '../use-format.ts';

/** The current suggestion against the one before it: headline numbers and the actors who moved. */
export const SuggestionComparison = memo(function SuggestionComparison({
  previous,
  current,
  names,
}: {
  previous: Suggestion;
  current: Suggestion;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const movesId = useId();
  const comparison = compareSuggestions(previous, current);
  const value = (score: number | null) => (score === null ? '–' : format(score));
  const change = (before: number | null, after: number | null) => {
    if (before === null || after === null) return '–';
    const diff = after - before;
    if (diff === 0) return t('matching.compare.noChange');
    return `${diff > 0 ? '+' : '−'}${format(Math.abs(diff))}`;
  };
  const rows = [
    { key: 'placed', before: comparison.placedBefore, after: comparison.placedAfter },
    { key: 'total', before: comparison.totalBefore, after: comparison.totalAfter },
    { key: 'worst', before: comparison.worstBefore, after: comparison.worstAfter },
  ] as const;
  const name = (id: string | null) => (id === null ? t('matching.compare.noMentor') : (names.get(id) ?? id));

  return (
    <section aria-labelledby={headingId} className="card suggestion-comparison">
      <h2 id={headingId}>{t('matching.compare.title')}</h2>
      <table className="table table-stack compare-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('matching.compare.before')}</th>
            <th scope="col">{t('matching.compare.after')}</th>
            <th scope="col">{t('matching.compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(`matching.summary.${row.key}`)}</th>
              <td data-label={t('matching.compare.before')}>{value(row.before)}</td>
              <td data-label={t('matching.compare.after')}>{value(row.after)}</td>
              <td data-label={t('matching.compare.change')}>{change(row.before, row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id={movesId} className="matching-subheading">
        {t('matching.compare.moved', { count: comparison.moves.length })}
      </h3>
      {comparison.moves.length === 0 ? (
        <p>{t('matching.compare.nobodyMoved')}</p>
      ) : (
        <ul aria-labelledby={movesId} className="moves">
          {comparison.moves.map((move) => (
            <li key={move.actorId}>
              {t('matching.compare.move', {
                actor: name(move.actorId),
                from: name(move.from),
                to: name(move.to),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
