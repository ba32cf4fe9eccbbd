import type { PairRef, Suggestion } from '@mentoring/contracts';
import { memo, useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { slotValue } from '../model.ts';
import { useNumberFormat } from '../use-format.ts';

/** Actors the suggestion could not place, and why. */
export function UnplacedActors({
  suggestion,
  names,
}: {
  suggestion: Suggestion;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (suggestion.unplaced.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="card unplaced">
      <h2 id={headingId}>{t('matching.unplaced.title', { count: suggestion.unplaced.length })}</h2>
      <ul className="plain-list">
        {suggestion.unplaced.map((actor) => (
          <li key={actor.actorId}>
            <strong>{names.get(actor.actorId) ?? actor.actorId}</strong>
            {': '}
            {t(`matching.unplaced.${actor.reason}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Pairs the coordinator has forbidden, each with a way to allow it again. */
export function ExcludedPairs({
  exclusions,
  names,
  onAllow,
}: {
  exclusions: readonly PairRef[];
  names: ReadonlyMap<string, string>;
  onAllow: (pair: PairRef) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (exclusions.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="card excluded">
      <h2 id={headingId}>{t('matching.excluded.title', { count: exclusions.length })}</h2>
      <ul className="plain-list excluded-list">
        {exclusions.map((pair) => {
          const actor = names.get(pair.actorId) ?? pair.actorId;
          const mentor = names.get(pair.mentorId) ?? pair.mentorId;
          return (
            <li key={`${pair.actorId}:${pair.mentorId}`}>
              <span>{t('matching.excluded.pair', { actor, mentor })}</span>
              <Button
                className="button button-secondary button-small"
                onPress={() => onAllow(pair)}
                aria-label={t('matching.excluded.allowLabel', { actor, mentor })}
              >
                {t('matching.excluded.allow')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Each mentor's places in use, and what one more place could be worth. */
export const MentorLoad = memo(function MentorLoad({
  suggestion,
  names,
}: {
  suggestion: Suggestion;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const mentors = [...suggestion.mentors].sort((a, b) =>
    (names.get(a.mentorId) ?? '').localeCompare(names.get(b.mentorId) ?? ''),
  );
  const extra = (bound: number | null) => {
    const value = slotValue(bound);
    if (value.kind === 'none') return t('matching.load.notAvailable');
    if (value.kind === 'zero') return t('matching.load.nothingMore');
    if (value.kind === 'placement') return t('matching.load.placeOneMore');
    return t('matching.load.couldAdd', { points: format(value.points, 1) });
  };
  return (
    <section aria-labelledby={headingId} className="card mentor-load">
      <h2 id={headingId}>{t('matching.load.title')}</h2>
      <table className="table table-stack">
        <thead>
          <tr>
            <th scope="col">{t('matching.load.mentor')}</th>
            <th scope="col">{t('matching.load.places')}</th>
            <th scope="col">{t('matching.load.oneMore')}</th>
          </tr>
        </thead>
        <tbody>
          {mentors.map((mentor) => (
            <tr key={mentor.mentorId}>
              <th scope="row">{names.get(mentor.mentorId) ?? mentor.mentorId}</th>
              <td data-label={t('matching.load.places')}>
                {t('matching.load.value', { load: format(mentor.load), capacity: format(mentor.capacity) })}
                {mentor.load >= mentor.capacity ? (
                  <span className="badge badge-neutral load-full">{t('matching.load.full')}</span>
                ) : null}
              </td>
              <td data-label={t('matching.load.oneMore')}>{extra(mentor.slotValueBound)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
