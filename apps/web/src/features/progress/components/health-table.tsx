import type { PairHealth } from '@mentoring/contracts';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNumberFormat } from '../../matching/use-format.ts';
import { useProgressFormat } from '../format.ts';
import type { Sort, SortKey } from './health-model.ts';

const COLUMNS: readonly SortKey[] = [
  'mentorName',
  'actorName',
  'state',
  'lastMeetingAt',
  'nextMeetingAt',
  'sessionsHeld',
  'overdueActionItems',
  'latestGoalRating',
];

/** Every pair as a row. Column headers are buttons that sort; the sorted one carries aria-sort. */
export function HealthTable({
  programId,
  pairs,
  sort,
  onSort,
}: {
  programId: string;
  pairs: readonly PairHealth[];
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const { t } = useTranslation();
  const format = useProgressFormat();
  const number = useNumberFormat();
  const never = t('progress.health.none');
  return (
    <table className="table health-table">
      <caption className="visually-hidden">{t('progress.health.tableCaption')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((key) => {
            const sorted = sort.key === key;
            return (
              <th key={key} scope="col" aria-sort={sorted ? sort.direction : undefined}>
                <Button
                  className="sort-button"
                  onPress={() =>
                    onSort({
                      key,
                      direction: sorted && sort.direction === 'ascending' ? 'descending' : 'ascending',
                    })
                  }
                >
                  {t(`progress.health.columns.${key}`)}
                  <span aria-hidden="true" className="sort-arrow">
                    {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </Button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair.matchId}>
            <td>{pair.mentorName}</td>
            <th scope="row">
              <Link to={`/programs/${programId}/pairs/${pair.matchId}`}>{pair.actorName}</Link>
            </th>
            <td>
              <span className={`badge badge-health-${pair.state}`}>
                {t(`progress.health.states.${pair.state}`)}
              </span>
              {pair.reasons.length > 0 ? (
                <span className="health-reasons">
                  {pair.reasons.map((reason) => t(`progress.health.reasons.${reason}`)).join('; ')}
                </span>
              ) : null}
            </td>
            <td>{pair.lastMeetingAt ? format.day(pair.lastMeetingAt) : never}</td>
            <td>{pair.nextMeetingAt ? format.day(pair.nextMeetingAt) : never}</td>
            <td>
              {t('progress.health.sessionsValue', {
                held: String(pair.sessionsHeld),
                expected: number(pair.sessionsExpected, 1),
              })}
            </td>
            <td>
              {t('progress.health.itemsValue', {
                open: String(pair.openActionItems),
                overdue: String(pair.overdueActionItems),
              })}
            </td>
            <td>
              {pair.latestGoalRating === null
                ? never
                : t('progress.chart.rating', { rating: number(pair.latestGoalRating, 1) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
