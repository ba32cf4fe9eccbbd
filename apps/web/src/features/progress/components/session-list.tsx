import type { SessionLog, Tag } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgressFormat } from '../format.ts';
import { ActionItemList } from './action-item-list.tsx';
import type { PairRole } from './pair-role.ts';
import { ReflectionEditor } from './reflection-editor.tsx';

function SessionCard({
  session,
  viewer,
  tags,
}: {
  session: SessionLog;
  viewer: PairRole;
  tags: readonly Tag[];
}) {
  const { t } = useTranslation();
  const format = useProgressFormat(tags);
  const headingId = useId();
  const when = format.day(session.heldAt);
  return (
    <li className="card session-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="session-title">
          {format.dateTime(session.heldAt)}
        </h3>
        <p className="muted">
          {t('progress.sessions.meta', {
            minutes: String(session.durationMinutes),
            format: t(`progress.format.${session.format}`),
          })}
        </p>
        {session.topics.length > 0 ? (
          <p>
            <span className="visually-hidden">{t('progress.sessions.topics')}: </span>
            {session.topics.map((slug) => (
              <span key={slug} className="tag">
                {format.topic(slug)}
              </span>
            ))}
          </p>
        ) : null}
        {session.sharedSummary !== null ? (
          <>
            <h4 className="session-subheading">{t('progress.sessions.summary')}</h4>
            <p className="pre-line">{session.sharedSummary || t('progress.sessions.noSummary')}</p>
          </>
        ) : null}
        {session.privateNote ? (
          <div className="private-note">
            <h4 className="session-subheading">{t('progress.sessions.privateNote')}</h4>
            <p className="pre-line">{session.privateNote}</p>
          </div>
        ) : null}
        {session.actionItems && session.actionItems.length > 0 ? (
          <>
            <h4 className="session-subheading">{t('progress.sessions.actionItems')}</h4>
            <ActionItemList matchId={session.matchId} items={session.actionItems} viewer={viewer} />
          </>
        ) : null}
        {viewer !== 'coordinator' ? (
          <>
            <h4 className="session-subheading">{t('progress.sessions.reflection')}</h4>
            {viewer === 'actor' ? (
              <ReflectionEditor
                matchId={session.matchId}
                sessionId={session.id}
                reflection={session.reflection}
                when={when}
              />
            ) : (
              <p className="pre-line">{session.reflection || t('progress.sessions.noReflection')}</p>
            )}
          </>
        ) : null}
      </article>
    </li>
  );
}

/**
 * The pair's sessions, newest first. What shows is what the API returned: the private note only to
 * its author, texts never to coordinators.
 */
export function SessionList({
  sessions,
  viewer,
  tags,
}: {
  sessions: readonly SessionLog[];
  viewer: PairRole;
  tags: readonly Tag[];
}) {
  const { t } = useTranslation();
  if (sessions.length === 0) return <p>{t('progress.sessions.none')}</p>;
  return (
    <ol className="session-list">
      {sessions.map((session) => (
        <SessionCard key={session.id} session={session} viewer={viewer} tags={tags} />
      ))}
    </ol>
  );
}
