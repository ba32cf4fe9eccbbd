import type { PairRef, SuggestedPair, Suggestion } from '@mentoring/contracts';
import { memo, useId } from 'react';
import { Button, Meter, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { criterionMaxPoints, samePair } from '../model.ts';
import { useNumberFormat } from '../use-format.ts';

/** One criterion's share of the pair's score: a bar (how well it is met) and the points. */
function CriterionBar({ part, weightSum }: { part: SuggestedPair['breakdown'][number]; weightSum: number }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const max = criterionMaxPoints(part.weight, weightSum);
  const points = t('matching.pairs.points', { points: format(part.points, 1), max: format(max, 1) });
  return (
    <li className="criterion-bar">
      <Meter
        value={part.value * 100}
        aria-label={t(`matching.criteria.${part.criterion}`)}
        valueLabel={t('matching.pairs.barValue', { percent: format(part.value * 100), points })}
        className="bar"
      >
        {({ percentage }) => (
          <>
            <span className="bar-label" aria-hidden="true">
              {t(`matching.criteria.${part.criterion}`)}
              {part.mustHave ? <span className="must-have-mark"> {t('matching.pairs.mustHave')}</span> : null}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${percentage}%` }} />
            </span>
            <span className="bar-value" aria-hidden="true">
              {points}
            </span>
          </>
        )}
      </Meter>
    </li>
  );
}

function PairCard({
  pair,
  names,
  lockedByUser,
  onToggleLock,
  onExclude,
}: {
  pair: SuggestedPair;
  names: ReadonlyMap<string, string>;
  lockedByUser: boolean;
  onToggleLock: (pair: PairRef) => void;
  onExclude: (pair: PairRef) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const actor = names.get(pair.actorId) ?? pair.actorId;
  const mentor = names.get(pair.mentorId) ?? pair.mentorId;
  const weightSum = pair.breakdown.reduce((sum, part) => sum + part.weight, 0);
  // Running pairs are locked by the server; only the coordinator's own locks can be released here.
  const running = pair.locked && !lockedByUser;
  return (
    <li className={pair.locked ? 'pair-card pair-locked' : 'pair-card'}>
      <div className="pair-head">
        <h4 className="pair-title">{actor}</h4>
        <span className="pair-score">{t('matching.pairs.score', { score: format(pair.score) })}</span>
        {pair.locked ? (
          <span className="badge badge-locked">
            {running ? t('matching.pairs.running') : t('matching.pairs.locked')}
          </span>
        ) : null}
      </div>
      <ul className="criterion-bars">
        {pair.breakdown.map((part) => (
          <CriterionBar key={part.criterion} part={part} weightSum={weightSum} />
        ))}
      </ul>
      {pair.reasons.length > 0 ? (
        <ul className="reasons">
          {pair.reasons.map((reason) => (
            <li key={reason.code + reason.criterion}>{i18n.language === 'en' ? reason.en : reason.fi}</li>
          ))}
        </ul>
      ) : null}
      {running ? null : (
        <div className="pair-actions">
          <ToggleButton
            className="button button-secondary button-small toggle-lock"
            isSelected={lockedByUser}
            onChange={() => onToggleLock(pair)}
            aria-label={t('matching.pairs.lockLabel', { actor, mentor })}
          >
            {t('matching.pairs.lock')}
          </ToggleButton>
          <Button
            className="button button-danger-outline button-small"
            onPress={() => onExclude(pair)}
            aria-label={t('matching.pairs.excludeLabel', { actor, mentor })}
          >
            {t('matching.pairs.exclude')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** The suggested pairs grouped by mentor, each with its score, criterion bars, reasons and actions. */
export const SuggestedPairs = memo(function SuggestedPairs({
  suggestion,
  names,
  locks,
  onToggleLock,
  onExclude,
}: {
  suggestion: Suggestion;
  names: ReadonlyMap<string, string>;
  locks: readonly PairRef[];
  onToggleLock: (pair: PairRef) => void;
  onExclude: (pair: PairRef) => void;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const byName = (a: string, b: string) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b);
  const mentors = suggestion.mentors
    .filter((mentor) => mentor.load > 0)
    .sort((a, b) => byName(a.mentorId, b.mentorId));
  return (
    <section aria-labelledby={headingId} className="suggested-pairs">
      <h2 id={headingId}>{t('matching.pairs.title', { count: suggestion.pairs.length })}</h2>
      {suggestion.pairs.length === 0 ? <p>{t('matching.pairs.none')}</p> : null}
      {mentors.map((mentor) => {
        const pairs = suggestion.pairs
          .filter((pair) => pair.mentorId === mentor.mentorId)
          .sort((a, b) => byName(a.actorId, b.actorId));
        return (
          <div key={mentor.mentorId} className="mentor-group">
            <h3 className="mentor-group-title">
              {names.get(mentor.mentorId) ?? mentor.mentorId}{' '}
              <span className="mentor-group-load">
                {t('matching.pairs.load', { load: format(mentor.load), capacity: format(mentor.capacity) })}
              </span>
            </h3>
            <ul className="pair-list">
              {pairs.map((pair) => (
                <PairCard
                  key={pair.actorId}
                  pair={pair}
                  names={names}
                  lockedByUser={locks.some((lock) => samePair(lock, pair))}
                  onToggleLock={onToggleLock}
                  onExclude={onExclude}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
});
