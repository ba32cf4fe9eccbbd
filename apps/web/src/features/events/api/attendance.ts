import type { AttendanceImportResult, AttendanceList, ExternalAttendeeBody } from '@mentoring/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

const base = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/attendance`;
export const attendanceQueryKey = (eventId: string) => ['attendance', eventId] as const;

/** The coordinator's check-list: who signed up or came, and the program's members to tick. */
export function getAttendance(eventId: string, signal?: AbortSignal): Promise<AttendanceList> {
  return api.get<AttendanceList>(base(eventId), { signal });
}

export function attendanceQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: attendanceQueryKey(eventId),
    queryFn: ({ signal }) => getAttendance(eventId, signal),
  });
}

export function useAttendance(eventId: string) {
  return useQuery(attendanceQueryOptions(eventId));
}

export type AttendanceChange =
  | { kind: 'user'; personId: string; attended: boolean }
  | { kind: 'external'; personId: string; attended: false };

/** Ticks or unticks a member; an external person is removed (they exist only through attending). */
export function changeAttendance(eventId: string, change: AttendanceChange): Promise<void> {
  const id = encodeURIComponent(change.personId);
  if (change.kind === 'external') return api.delete<void>(`${base(eventId)}/external/${id}`);
  return change.attended
    ? api.put<void>(`${base(eventId)}/users/${id}`)
    : api.delete<void>(`${base(eventId)}/users/${id}`);
}

/** The list as it will be after the change: a member gains or loses the tick, a guest leaves. */
export function applyChange(list: AttendanceList, change: AttendanceChange): AttendanceList {
  if (change.kind === 'external') {
    return { ...list, entries: list.entries.filter((entry) => entry.personId !== change.personId) };
  }
  const existing = list.entries.find((entry) => entry.kind === 'user' && entry.personId === change.personId);
  if (existing) {
    return {
      ...list,
      entries: list.entries.map((entry) =>
        entry === existing ? { ...entry, attended: change.attended } : entry,
      ),
    };
  }
  const member = list.members.find((candidate) => candidate.userId === change.personId);
  if (!member) return list;
  const entry = { kind: 'user' as const, personId: member.userId, name: member.name, email: null };
  return {
    ...list,
    entries: [...list.entries, { ...entry, isStudent: false, registered: false, attended: change.attended }],
  };
}

export function useChangeAttendance(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AttendanceChange) => changeAttendance(eventId, change),
    // The tick shows at once on a phone in the room; the list is fetched again once the server answers.
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: attendanceQueryKey(eventId) });
      queryClient.setQueryData<AttendanceList>(attendanceQueryKey(eventId), (list) =>
        list ? applyChange(list, change) : list,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: attendanceQueryKey(eventId) }),
  });
}

export function addGuest(eventId: string, body: ExternalAttendeeBody): Promise<{ personId: string }> {
  return api.post<{ personId: string }>(`${base(eventId)}/external`, body);
}

export function useAddGuest(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExternalAttendeeBody) => addGuest(eventId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attendanceQueryKey(eventId) }),
  });
}

/** 400 `invalid_csv` (nothing imported, the per-line errors in the problem). */
export function importAttendance(eventId: string, csv: string): Promise<AttendanceImportResult> {
  return api.post<AttendanceImportResult>(`${base(eventId)}/import`, { csv });
}

export function useImportAttendance(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => importAttendance(eventId, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attendanceQueryKey(eventId) }),
  });
}
