import type { Phase, Tag } from '@mentoring/contracts';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useGoals } from '../api/get-goals.ts';
import { GoalCard } from './goal-card.tsx';
import { GoalForm } from './goal-form.tsx';
import type { PairRole } from './pair-role.ts';

const MAX_GOALS = 5;

/** The pair's goals: the actor sets one to five, both rate them at each phase. */
export function GoalsSection({
  matchId,
  viewer,
  phases,
  tags,
  canChange,
}: {
  matchId: string;
  viewer: PairRole;
  phases: readonly Phase[];
  tags: readonly Tag[];
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const goals = useGoals(matchId);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  if (goals.isPending) return <LoadingState />;
  if (goals.isError) return <QueryError error={goals.error} onRetry={() => void goals.refetch()} />;
  const canAdd = viewer === 'actor' && canChange && goals.data.length < MAX_GOALS;
  return (
    <>
      <div role="status" className="status-region">
        {status ? <p className="alert alert-success">{status}</p> : null}
      </div>
      {goals.data.length === 0 ? (
        <p>{viewer === 'actor' ? t('progress.goals.noneActor') : t('progress.goals.none')}</p>
      ) : (
        <ul className="goal-list">
          {goals.data.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              viewer={viewer}
              phases={phases}
              tags={tags}
              canChange={canChange}
              onStatus={setStatus}
            />
          ))}
        </ul>
      )}
      {canAdd && adding ? (
        <div className="card">
          <h3>{t('progress.goals.new')}</h3>
          <GoalForm
            matchId={matchId}
            tags={tags}
            onDone={(message) => {
              setAdding(false);
              setStatus(message);
            }}
          />
        </div>
      ) : null}
      {canAdd && !adding ? (
        <Button
          className="button button-primary"
          onPress={() => {
            setStatus('');
            setAdding(true);
          }}
        >
          {t('progress.goals.add', { n: String(goals.data.length), max: String(MAX_GOALS) })}
        </Button>
      ) : null}
    </>
  );
}
