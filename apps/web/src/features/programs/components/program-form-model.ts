import type { CreateProgramBody, PhaseKind, ProgramDetail, UpdateProgramBody } from '@mentoring/contracts';
import { isPlainDate } from '../../../lib/dates.ts';

export interface PhaseDraft {
  /** Stable React key for a row, also for rows not saved yet. */
  key: string;
  kind: PhaseKind;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface ProgramDraft {
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  /** NaN while the field is empty. */
  targetMeetingsPerPair: number;
  /** Months texts are kept after the program ends; NaN (empty field) keeps them. */
  retentionMonths: number;
  phases: PhaseDraft[];
}

export const PHASE_KINDS: readonly PhaseKind[] = ['kickoff', 'goal_setting', 'midpoint', 'closing', 'other'];

/** Common zones for Finnish and Nordic programs; a program's own zone is added when it is not listed. */
export const COMMON_TIME_ZONES = [
  'Europe/Helsinki',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Berlin',
  'Europe/Brussels',
  'Europe/London',
  'UTC',
] as const;

let keys = 0;
export const newPhaseKey = () => `phase-${++keys}`;

export function emptyDraft(): ProgramDraft {
  return {
    name: '',
    description: '',
    startsOn: '',
    endsOn: '',
    timeZone: 'Europe/Helsinki',
    targetMeetingsPerPair: 8,
    retentionMonths: 24,
    phases: [],
  };
}

export function draftOf(program: ProgramDetail): ProgramDraft {
  return {
    name: program.name,
    description: program.description,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    timeZone: program.timeZone,
    targetMeetingsPerPair: program.targetMeetingsPerPair,
    retentionMonths: program.retentionMonths ?? Number.NaN,
    phases: program.phases.map((phase) => ({
      key: phase.id,
      kind: phase.kind,
      name: phase.name,
      startsOn: phase.startsOn,
      endsOn: phase.endsOn,
    })),
  };
}

export type ProgramErrorKey =
  | 'required'
  | 'date'
  | 'endsBeforeStart'
  | 'outsideProgram'
  | 'meetingsRange'
  | 'retentionRange'
  | 'invalid';

/** Field name (as the inputs are named, `phases.0.endsOn` for a phase) → what is wrong with it. */
export type ProgramErrors = Record<string, ProgramErrorKey | null>;

function dateError(value: string): ProgramErrorKey | null {
  if (!value) return 'required';
  return isPlainDate(value) ? null : 'date';
}

/** The client's checks, in field order (the first invalid field gets focus). The server checks the same. */
export function validateDraft(draft: ProgramDraft, withPhases: boolean): ProgramErrors {
  const errors: ProgramErrors = {
    name: draft.name.trim() ? null : 'required',
    startsOn: dateError(draft.startsOn),
    endsOn: dateError(draft.endsOn),
    targetMeetingsPerPair: Number.isNaN(draft.targetMeetingsPerPair)
      ? 'required'
      : draft.targetMeetingsPerPair < 1 || draft.targetMeetingsPerPair > 100
        ? 'meetingsRange'
        : null,
    retentionMonths:
      Number.isNaN(draft.retentionMonths) ||
      (Number.isInteger(draft.retentionMonths) && draft.retentionMonths >= 1 && draft.retentionMonths <= 240)
        ? null
        : 'retentionRange',
  };
  const programDates = !errors.startsOn && !errors.endsOn;
  if (programDates && draft.endsOn < draft.startsOn) errors.endsOn = 'endsBeforeStart';
  if (!withPhases) return errors;
  draft.phases.forEach((phase, index) => {
    const start = dateError(phase.startsOn);
    let end = dateError(phase.endsOn);
    if (!start && !end && phase.endsOn < phase.startsOn) end = 'endsBeforeStart';
    const outside =
      programDates && !start && !end && (phase.startsOn < draft.startsOn || phase.endsOn > draft.endsOn);
    errors[`phases.${index}.startsOn`] = start ?? (outside ? 'outsideProgram' : null);
    errors[`phases.${index}.endsOn`] = end;
  });
  return errors;
}

/** Phases go to the server in date order, which is the order the timeline draws them in. */
function phasesInOrder(phases: readonly PhaseDraft[]) {
  return [...phases]
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn))
    .map(({ kind, name, startsOn, endsOn }) => ({ kind, name: name.trim(), startsOn, endsOn }));
}

export function toCreateBody(draft: ProgramDraft): CreateProgramBody {
  // Phases are left out: the server derives kick-off, goal setting, mid-point and closing from the dates.
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    timeZone: draft.timeZone,
    targetMeetingsPerPair: draft.targetMeetingsPerPair,
    retentionMonths: Number.isNaN(draft.retentionMonths) ? null : draft.retentionMonths,
  };
}

export function toUpdateBody(draft: ProgramDraft): UpdateProgramBody {
  return { ...toCreateBody(draft), phases: phasesInOrder(draft.phases) };
}

/**
 * The server's field paths (`phases.2`, `phases.2.endsOn`, `endsOn`) → this form's field names. A
 * phase outside the program is reported on the phase; it is shown on its start date.
 */
export function serverFieldErrors(fieldErrors: Record<string, string>, draft: ProgramDraft): ProgramErrors {
  const order = [...draft.phases]
    .map((phase, index) => ({ phase, index }))
    .sort(
      (a, b) =>
        a.phase.startsOn.localeCompare(b.phase.startsOn) || a.phase.endsOn.localeCompare(b.phase.endsOn),
    )
    .map(({ index }) => index);
  const errors: ProgramErrors = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const phase = /^phases\.(\d+)(?:\.(\w+))?/.exec(path);
    if (phase) {
      const index = order[Number(phase[1])] ?? Number(phase[1]);
      const field = phase[2] === 'endsOn' ? 'endsOn' : 'startsOn';
      errors[`phases.${index}.${field}`] = /before/i.test(message) ? 'endsBeforeStart' : 'outsideProgram';
    } else if (path === 'endsOn') {
      errors.endsOn = 'endsBeforeStart';
    } else if (path in { name: 1, startsOn: 1, timeZone: 1, targetMeetingsPerPair: 1, retentionMonths: 1 }) {
      errors[path] = 'invalid';
    }
  }
  return errors;
}
