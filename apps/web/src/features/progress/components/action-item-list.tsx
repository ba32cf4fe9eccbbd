import type { ActionItem } from '@mentoring/contracts';
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdateActionItem } from '../api/update-action-item.ts';
import { progressErrorMessage } from '../errors.ts';
import { useProgressFormat } from '../format.ts';
import type { PairRole } from './pair-role.ts';

/** Due date and state in words, so overdue is never told by colour alone. */
export function ItemMeta({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  const format = useProgressFormat();
  return (
    <span className="item-meta">
      {t(`progress.owner.${item.owner}`)}
      {item.dueOn ? ` · ${t('progress.items.due', { date: format.plainDate(item.dueOn) })}` : ''}
      {item.overdue ? <span className="badge badge-overdue">{t('progress.items.overdue')}</span> : null}
      {item.done ? <span className="badge badge-done">{t('progress.items.done')}</span> : null}
    </span>
  );
}

/**
 * A session's action items. The actor ticks their own, the mentor any; anyone else reads the state
 * as text.
 */
export function ActionItemList({
  matchId,
  items,
  viewer,
}: {
  matchId: string;
  items: readonly ActionItem[];
  viewer: PairRole;
}) {
  const { t } = useTranslation();
  const update = useUpdateActionItem(matchId);
  const [error, setError] = useState<string | null>(null);
  if (items.length === 0) return null;
  return (
    <>
      <ul className="plain-list action-items">
        {items.map((item) => {
          const canTick = viewer === 'mentor' || (viewer === 'actor' && item.owner === 'actor');
          return (
            <li key={item.id} className="action-item">
              {canTick ? (
                <Checkbox
                  className="checkbox"
                  isSelected={item.done}
                  isDisabled={update.isPending && update.variables?.itemId === item.id}
                  onChange={(done) => {
                    setError(null);
                    update.mutate(
                      { itemId: item.id, done },
                      { onError: (e) => setError(progressErrorMessage(e, t)) },
                    );
                  }}
                >
                  {item.text}
                </Checkbox>
              ) : (
                <span>{item.text}</span>
              )}{' '}
              <ItemMeta item={item} />
            </li>
          );
        })}
      </ul>
      <div role="alert" className="status-region">
        {error ? <p className="alert alert-error">{error}</p> : null}
      </div>
    </>
  );
}
