import type { HealthState } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useHealth } from '../api/get-health.ts';
import { HEALTH_STATES, type Sort, visiblePairs } from './health-model.ts';
import { HealthTable } from './health-table.tsx';
import { MeetingsChart } from './meetings-chart.tsx';

/** The coordinator's view of whether pairs meet: counts per state, every pair, and meetings per week. */
export function HealthDashboard({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const health = useHealth(programId);
  const [filter, setFilter] = useState<HealthState | 'all'>('all');
  const [sort, setSort] = useState<Sort>({ key: 'state', direction: 'ascending' });
  const countsId = useId();
  const pairsId = useId();
  if (health.isPending) return <LoadingState />;
  if (health.isError) return <QueryError error={health.error} onRetry={() => void health.refetch()} />;
  const pairs = visiblePairs(health.data.pairs, filter, sort, i18n.language);
  return (
    <>
      <section aria-labelledby={countsId} className="section">
        <h2 id={countsId}>{t('progress.health.countsTitle')}</h2>
        <ul className="stats health-counts">
          {HEALTH_STATES.map((state) => (
            <li key={state} className={`stat stat-health-${state}`}>
              <span className="stat-value">{health.data.counts[state] ?? 0}</span>{' '}
              <span className="stat-label">{t(`progress.health.states.${state}`)}</span>
            </li>
          ))}
        </ul>
        <MeetingsChart weeks={health.data.meetingsPerWeek} />
      </section>
      <section aria-labelledby={pairsId} className="section">
        <h2 id={pairsId}>{t('progress.health.pairsTitle')}</h2>
        <div className="filters">
          <SelectField
            label={t('progress.health.filter')}
            name="state"
            value={filter}
            onChange={setFilter}
            options={[
              { id: 'all', label: t('progress.health.allStates') },
              ...HEALTH_STATES.map((state) => ({ id: state, label: t(`progress.health.states.${state}`) })),
            ]}
          />
        </div>
        <p role="status" className="result-count">
          {t('progress.health.shown', { count: pairs.length, total: String(health.data.pairs.length) })}
        </p>
        <div className="table-scroll">
          <HealthTable programId={programId} pairs={pairs} sort={sort} onSort={setSort} />
        </div>
      </section>
    </>
  );
}
