import type { Suggestion } from '@mentoring/contracts';
import { useId } from 'react';
import { ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../use-format.ts';

/** The headline: placed actors, total score, weakest pair, the optimality certificate, solve time. */
export function SuggestionSummary({ suggestion, solving }: { suggestion: Suggestion; solving: boolean }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const total = suggestion.placedCount + suggestion.unplaced.length;
  return (
    <section aria-labelledby={headingId} className="card suggestion-summary" aria-busy={solving}>
      <div className="summary-head">
        <h2 id={headingId}>{t('matching.summary.title')}</h2>
        {suggestion.optimal ? (
          <span className="badge badge-ok optimal-badge">{t('matching.summary.optimal')}</span>
        ) : (
          <span className="badge badge-neutral">{t('matching.summary.notOptimal')}</span>
        )}
        <span className="badge badge-neutral">{t(`matching.objectives.${suggestion.objective}`)}</span>
        {solving ? (
          <ProgressBar isIndeterminate className="solving" aria-label={t('matching.summary.solving')}>
            <span className="spinner" aria-hidden="true" />
            <span>{t('matching.summary.solving')}</span>
          </ProgressBar>
        ) : null}
      </div>
      <dl className="summary-stats">
        <div>
          <dt>{t('matching.summary.placed')}</dt>
          <dd>
            {t('matching.summary.placedValue', {
              placed: format(suggestion.placedCount),
              total: format(total),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('matching.summary.total')}</dt>
          <dd>{format(suggestion.totalScore)}</dd>
        </div>
        <div>
          <dt>{t('matching.summary.worst')}</dt>
          <dd>{suggestion.worstPairScore === null ? '–' : format(suggestion.worstPairScore)}</dd>
        </div>
        <div>
          <dt>{t('matching.summary.solveTime')}</dt>
          <dd>{t('matching.summary.milliseconds', { value: format(suggestion.solveMs, 1) })}</dd>
        </div>
      </dl>
    </section>
  );
}
