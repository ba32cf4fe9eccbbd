import type { Booking, CreateSessionBody } from '@mentoring/contracts';
import { todayPlain } from '../format.ts';

export interface ActionItemDraft {
  /** Stable React key for the row; never sent. */
  key: number;
  text: string;
  owner: 'actor' | 'mentor';
  dueOn: string;
}

export interface SessionDraft {
  /** `adhoc` or the id of the booking being logged. */
  bookingId: string;
  date: string;
  time: string;
  durationMinutes: number;
  format: 'in_person' | 'remote';
  topics: string[];
  sharedSummary: string;
  privateNote: string;
  actionItems: ActionItemDraft[];
}

export type SessionErrorKey = 'required' | 'duration' | 'inFuture' | 'itemText';
export type SessionErrors = Record<string, SessionErrorKey>;

const pad = (value: number) => String(value).padStart(2, '0');

/** Defaults that fit most meetings: today, an hour ago (it has been held), 60 minutes, remote. */
export function emptyDraft(now = new Date()): SessionDraft {
  const started = new Date(now.getTime() - 60 * 60_000);
  return {
    bookingId: 'adhoc',
    date: todayPlain(started),
    time: `${pad(started.getHours())}:${pad(Math.floor(started.getMinutes() / 15) * 15)}`,
    durationMinutes: 60,
    format: 'remote',
    topics: [],
    sharedSummary: '',
    privateNote: '',
    actionItems: [],
  };
}

/** Picking a booking fills in its date, time, length and format (the viewer's own clock). */
export function fromBooking(draft: SessionDraft, booking: Booking): SessionDraft {
  const start = new Date(booking.startsAt);
  return {
    ...draft,
    bookingId: booking.id,
    date: todayPlain(start),
    time: `${pad(start.getHours())}:${pad(start.getMinutes())}`,
    durationMinutes: Math.round((new Date(booking.endsAt).getTime() - start.getTime()) / 60_000),
    format: booking.locationKind,
  };
}

export function heldAtOf(draft: SessionDraft): Date | null {
  if (!draft.date || !draft.time) return null;
  const value = new Date(`${draft.date}T${draft.time}`);
  return Number.isNaN(value.getTime()) ? null : value;
}

/** Client-side checks in field order, so the first invalid field gets focus. */
export function validateSession(draft: SessionDraft, now = new Date()): SessionErrors {
  const errors: SessionErrors = {};
  const heldAt = heldAtOf(draft);
  if (!draft.date) errors.date = 'required';
  else if (heldAt && heldAt.getTime() > now.getTime() + 60 * 60_000) errors.date = 'inFuture';
  if (!draft.time) errors.time = 'required';
  if (!Number.isInteger(draft.durationMinutes) || draft.durationMinutes < 5 || draft.durationMinutes > 600)
    errors.durationMinutes = 'duration';
  draft.actionItems.forEach((item, index) => {
    if (!item.text.trim()) errors[`actionItems.${index}.text`] = 'itemText';
  });
  return errors;
}

export function toSessionBody(draft: SessionDraft): CreateSessionBody {
  return {
    ...(draft.bookingId !== 'adhoc' ? { bookingId: draft.bookingId } : {}),
    heldAt: heldAtOf(draft)?.toISOString(),
    durationMinutes: draft.durationMinutes,
    format: draft.format,
    topics: draft.topics,
    sharedSummary: draft.sharedSummary.trim(),
    privateNote: draft.privateNote.trim(),
    actionItems: draft.actionItems.map((item) => ({
      text: item.text.trim(),
      owner: item.owner,
      dueOn: item.dueOn || null,
    })),
  };
}

/** The server names `heldAt`; the form shows it on the date field. */
export function serverSessionErrors(fieldErrors: Record<string, string>): SessionErrors {
  const errors: SessionErrors = {};
  for (const field of Object.keys(fieldErrors)) {
    if (field === 'heldAt') errors.date = 'required';
    else if (field === 'durationMinutes') errors.durationMinutes = 'duration';
    else if (/^actionItems\.\d+\.text$/.test(field)) errors[field] = 'itemText';
    else errors[field] = 'required';
  }
  return errors;
}
