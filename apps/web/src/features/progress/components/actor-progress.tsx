import '../../../styles/progress.css';
import type { Match, Me } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMatches } from '../../matching/api/get-matches.ts';
import { useGoals } from '../api/get-goals.ts';
import { useMyBookings } from '../api/get-my-bookings.ts';
import { useSessions } from '../api/get-sessions.ts';
import { useProgressFormat } from '../format.ts';
import { ItemMeta } from './action-item-list.tsx';
import { latestRating } from './goal-ratings.ts';

function PairProgress({ match, programName }: { match: Match; programName: string }) {
  const { t } = useTranslation();
  const format = useProgressFormat();
  const headingId = useId();
  const goals = useGoals(match.id);
  const sessions = useSessions(match.id);
  const bookings = useMyBookings(0, 180);
  const now = Date.now();
  const next = (bookings.data ?? [])
    .filter((b) => b.matchId === match.id && b.status === 'confirmed' && new Date(b.startsAt).getTime() > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const openItems = (sessions.data ?? [])
    .flatMap((session) => session.actionItems ?? [])
    .filter((item) => !item.done && item.owner === 'actor')
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return (
    <section aria-labelledby={headingId} className="section card actor-progress">
      <h2 id={headingId}>{t('progress.home.title', { program: programName })}</h2>
      <dl className="facts">
        <div>
          <dt>{t('progress.home.mentor')}</dt>
          <dd>{match.mentorName}</dd>
        </div>
        <div>
          <dt>{t('progress.home.nextMeeting')}</dt>
          <dd>{next ? format.dateTime(next.startsAt) : t('progress.home.noNextMeeting')}</dd>
        </div>
      </dl>
      <h3 className="session-subheading">{t('progress.home.goals')}</h3>
      {goals.data && goals.data.length > 0 ? (
        <ul className="plain-list">
          {goals.data.map((goal) => {
            const rating = latestRating(goal);
            return (
              <li key={goal.id}>
                {goal.title}:{' '}
                {rating
                  ? t('progress.chart.rating', { rating: String(rating.rating) })
                  : t('progress.chart.notRated')}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('progress.goals.noneActor')}</p>
      )}
      <h3 className="session-subheading">{t('progress.home.openItems')}</h3>
      {openItems.length > 0 ? (
        <ul className="plain-list">
          {openItems.map((item) => (
            <li key={item.id}>
              {item.text} <ItemMeta item={item} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('progress.home.noOpenItems')}</p>
      )}
      <p>
        <Link to={`/programs/${match.programId}/pairs/${match.id}`}>{t('progress.home.toPair')}</Link>
      </p>
    </section>
  );
}

function ProgramProgress({
  programId,
  programName,
  userId,
}: {
  programId: string;
  programName: string;
  userId: string;
}) {
  const matches = useMatches(programId);
  const mine = (matches.data ?? []).filter(
    (match) => match.actorId === userId && (match.status === 'active' || match.status === 'paused'),
  );
  return (
    <>
      {mine.map((match) => (
        <PairProgress key={match.id} match={match} programName={programName} />
      ))}
    </>
  );
}

/** On the home page: an actor's goals, next meeting and open action items in each running pair. */
export function ActorProgress({ memberships, userId }: { memberships: Me['memberships']; userId: string }) {
  const programs = memberships.filter(
    (membership) => membership.role === 'actor' && !membership.program.archived,
  );
  return (
    <>
      {programs.map(({ program }) => (
        <ProgramProgress key={program.id} programId={program.id} programName={program.name} userId={userId} />
      ))}
    </>
  );
}
