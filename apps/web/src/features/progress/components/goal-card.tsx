import type { Goal, Phase, Tag } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useProgressFormat } from '../format.ts';
import { CheckInForm } from './check-in-form.tsx';
import { GoalForm } from './goal-form.tsx';
import { ratingsByPhase } from './goal-ratings.ts';
import { MentorCommentEditor } from './mentor-comment.tsx';
import type { PairRole } from './pair-role.ts';
import { ProgressChart } from './progress-chart.tsx';

type Mode = 'view' | 'edit' | 'comment' | 'checkIn';

/** One goal: what it is, the mentor's comment, ratings per phase (chart and table), and its actions. */
export function GoalCard({
  goal,
  viewer,
  phases,
  tags,
  canChange,
  onStatus,
}: {
  goal: Goal;
  viewer: PairRole;
  phases: readonly Phase[];
  tags: readonly Tag[];
  /** False once the pair is closed or the program archived. */
  canChange: boolean;
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useProgressFormat(tags);
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const done = (message: string) => {
    setMode('view');
    if (message) onStatus(message);
  };
  const participant = viewer !== 'coordinator' && canChange;
  return (
    <li className="card goal-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{goal.title}</h3>
        {mode === 'edit' ? (
          <GoalForm
            matchId={goal.matchId}
            goalId={goal.id}
            initial={{
              title: goal.title,
              description: goal.description,
              successCriteria: goal.successCriteria,
              topics: goal.topics,
            }}
            tags={tags}
            onDone={done}
          />
        ) : (
          <dl className="facts facts-stacked">
            {goal.description ? (
              <div>
                <dt>{t('progress.goals.description')}</dt>
                <dd className="pre-line">{goal.description}</dd>
              </div>
            ) : null}
            {goal.successCriteria ? (
              <div>
                <dt>{t('progress.goals.successCriteria')}</dt>
                <dd className="pre-line">{goal.successCriteria}</dd>
              </div>
            ) : null}
            {goal.topics.length > 0 ? (
              <div>
                <dt>{t('progress.goals.topics')}</dt>
                <dd>{goal.topics.map(format.topic).join(', ')}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('progress.goals.mentorComment')}</dt>
              <dd className="pre-line">{goal.mentorComment || t('progress.goals.noComment')}</dd>
            </div>
          </dl>
        )}
        {mode === 'comment' ? (
          <MentorCommentEditor
            matchId={goal.matchId}
            goalId={goal.id}
            goalTitle={goal.title}
            comment={goal.mentorComment}
            onDone={done}
          />
        ) : null}
        <ProgressChart rows={ratingsByPhase(goal, phases)} goalTitle={goal.title} />
        {mode === 'checkIn' ? (
          <CheckInForm
            matchId={goal.matchId}
            goalId={goal.id}
            goalTitle={goal.title}
            phases={phases}
            onDone={done}
          />
        ) : null}
        {participant && mode === 'view' ? (
          <div className="button-row">
            <Button
              className="button button-secondary button-small"
              aria-label={t('progress.checkIn.openFor', { goal: goal.title })}
              onPress={() => setMode('checkIn')}
            >
              {t('progress.checkIn.open')}
            </Button>
            {viewer === 'actor' ? (
              <Button
                className="button button-secondary button-small"
                aria-label={t('progress.goals.editFor', { goal: goal.title })}
                onPress={() => setMode('edit')}
              >
                {t('progress.goals.edit')}
              </Button>
            ) : (
              <Button
                className="button button-secondary button-small"
                aria-label={t('progress.goals.commentFor', { goal: goal.title })}
                onPress={() => setMode('comment')}
              >
                {t('progress.goals.comment')}
              </Button>
            )}
          </div>
        ) : null}
      </article>
    </li>
  );
}
