import type { AttendanceList } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { Checkbox, Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type AttendanceChange, useChangeAttendance } from '../api/attendance.ts';
import { eventsErrorMessage } from '../errors.ts';

export interface ChecklistRow {
  kind: 'user' | 'external';
  personId: string;
  name: string;
  isStudent: boolean;
  registered: boolean;
  attended: boolean;
}

/** Case- and accent-insensitive: "aho" finds "Åhö". */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Everyone who signed up or came, then the members who did neither, each once, by name. */
export function checklistRows(list: AttendanceList, language: string): ChecklistRow[] {
  const listed = new Set(list.entries.filter((e) => e.kind === 'user').map((e) => e.personId));
  const others = list.members
    .filter((member) => !listed.has(member.userId))
    .map((member) => ({
      kind: 'user' as const,
      personId: member.userId,
      name: member.name,
      isStudent: false,
      registered: false,
      attended: false,
    }));
  return [...list.entries, ...others].sort((a, b) => a.name.localeCompare(b.name, language));
}

/** The check-list in the room: one large checkbox per person, a name filter and the running counts. */
export function AttendanceChecklist({ eventId, list }: { eventId: string; list: AttendanceList }) {
  const { t, i18n } = useTranslation();
  const change = useChangeAttendance(eventId);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const listId = useId();

  const rows = checklistRows(list, i18n.language);
  const needle = normalize(query.trim());
  const shown = needle ? rows.filter((row) => normalize(row.name).includes(needle)) : rows;
  const registered = list.entries.filter((entry) => entry.registered).length;
  const attended = list.entries.filter((entry) => entry.attended).length;

  function toggle(row: ChecklistRow, attend: boolean) {
    const next: AttendanceChange =
      row.kind === 'external'
        ? { kind: 'external', personId: row.personId, attended: false }
        : { kind: 'user', personId: row.personId, attended: attend };
    change.mutate(next, {
      onSuccess: () =>
        setMessage({
          tone: 'success',
          text: t(attend ? 'events.checklist.marked' : 'events.checklist.unmarked', { name: row.name }),
        }),
      onError: (error) => setMessage({ tone: 'error', text: eventsErrorMessage(error, t) }),
    });
  }

  return (
    <section className="section checklist" aria-labelledby={listId}>
      <h2 id={listId}>{t('events.checklist.people')}</h2>
      <p className="checklist-counts" role="status">
        {t('events.checklist.counts', { registered, attended })}
      </p>
      <SearchField className="field search-field" value={query} onChange={setQuery}>
        <Label className="field-label">{t('events.checklist.filter')}</Label>
        <Input className="input" />
      </SearchField>
      <div role="status" className="status-region">
        {message?.tone === 'success' ? <p className="alert alert-success">{message.text}</p> : null}
      </div>
      <div role="alert" className="status-region">
        {message?.tone === 'error' ? <p className="alert alert-error">{message.text}</p> : null}
      </div>
      {shown.length === 0 ? <p>{t('events.checklist.noMatches')}</p> : null}
      <ul className="checklist-items">
        {shown.map((row) => {
          const tags = [
            row.registered ? t('events.checklist.registeredTag') : null,
            row.kind === 'external' ? t('events.checklist.guestTag') : null,
            row.isStudent ? t('events.checklist.studentTag') : null,
          ].filter(Boolean);
          return (
            <li key={`${row.kind}-${row.personId}`}>
              <Checkbox
                className="checkbox checklist-item"
                isSelected={row.attended}
                onChange={(selected) => toggle(row, selected)}
              >
                {/* One text node: screen readers read the name and its notes as one label. */}
                <span className="checklist-name">
                  {tags.length > 0 ? `${row.name} (${tags.join(', ')})` : row.name}
                </span>
              </Checkbox>
            </li>
          );
        })}
      </ul>
      {rows.some((row) => row.kind === 'external') ? (
        <p className="field-hint">{t('events.checklist.guestHint')}</p>
      ) : null}
    </section>
  );
}
