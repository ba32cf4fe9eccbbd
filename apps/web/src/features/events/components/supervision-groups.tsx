import type { SupervisionGroup } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useDeleteGroup } from '../api/supervision-groups.ts';
import { eventsErrorMessage } from '../errors.ts';
import { GroupFormDialog } from './group-form-dialog.tsx';

/** The coordinator's list of supervision groups, with create, edit and delete. */
export function SupervisionGroups({
  programId,
  groups,
  onNotice,
}: {
  programId: string;
  groups: readonly SupervisionGroup[];
  onNotice: (notice: { tone: 'success' | 'error'; text: string }) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const remove = useDeleteGroup(programId);
  const [editing, setEditing] = useState<SupervisionGroup | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SupervisionGroup | null>(null);

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('events.groups.title')}</h2>
      <p className="muted">{t('events.groups.lead')}</p>
      {groups.length === 0 ? <p>{t('events.groups.none')}</p> : null}
      <ul className="group-list">
        {groups.map((group) => (
          <li key={group.id} className="card group-card">
            <h3>{group.name}</h3>
            <dl className="event-facts">
              <div>
                <dt>{t('events.groups.supervisor')}</dt>
                <dd>{group.supervisorName || t('events.list.placeNone')}</dd>
              </div>
              <div>
                <dt>{t('events.groups.members')}</dt>
                <dd>
                  {group.members.length > 0
                    ? group.members.map((member) => member.name).join(', ')
                    : t('events.groups.noMembers')}
                </dd>
              </div>
            </dl>
            <p className="muted">{t('events.groups.meetings', { count: group.meetings })}</p>
            <div className="event-actions">
              <Button className="button button-secondary button-small" onPress={() => setEditing(group)}>
                {t('events.groups.edit', { name: group.name })}
              </Button>
              <Button
                className="button button-danger-outline button-small"
                onPress={() => setDeleting(group)}
              >
                {t('events.groups.delete', { name: group.name })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button className="button button-secondary" onPress={() => setEditing('new')}>
        {t('events.groups.add')}
      </Button>
      {editing ? (
        <GroupFormDialog
          programId={programId}
          group={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            onNotice({ tone: 'success', text });
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={t('events.groups.deleteTitle')}
        confirmLabel={t('events.list.delete')}
        cancelLabel={t('events.list.deleteCancel')}
        isPending={remove.isPending}
        error={remove.error ? eventsErrorMessage(remove.error, t) : null}
        onConfirm={() => {
          if (!deleting) return;
          const name = deleting.name;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              onNotice({ tone: 'success', text: t('events.groups.deleted', { name }) });
            },
          });
        }}
      >
        <p>{t('events.groups.deleteText', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
