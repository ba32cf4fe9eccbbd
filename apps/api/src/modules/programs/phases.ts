import type { PhaseInput } from '@mentoring/contracts';
import { AppError } from '../../lib/app-error.ts';

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => toIso(new Date(toDate(iso).getTime() + days * DAY));

/**
 * The usual rhythm of a cohort when the coordinator gives none: a kick-off week, goal setting
 * over the first month, a mid-point review week in the middle, and a closing fortnight.
 */
export function defaultPhases(startsOn: string, endsOn: string): PhaseInput[] {
  const days = Math.round((toDate(endsOn).getTime() - toDate(startsOn).getTime()) / DAY);
  const clamp = (iso: string) => (iso > endsOn ? endsOn : iso < startsOn ? startsOn : iso);
  const mid = addDays(startsOn, Math.floor(days / 2));
  return [
    { kind: 'kickoff', name: '', startsOn, endsOn: clamp(addDays(startsOn, Math.min(6, days))) },
    { kind: 'goal_setting', name: '', startsOn, endsOn: clamp(addDays(startsOn, Math.min(30, days))) },
    { kind: 'midpoint', name: '', startsOn: mid, endsOn: clamp(addDays(mid, 6)) },
    { kind: 'closing', name: '', startsOn: clamp(addDays(endsOn, -Math.min(13, days))), endsOn },
  ];
}

/** Every phase within the program's dates and not ending before it starts. */
export function checkPhases(phases: PhaseInput[], startsOn: string, endsOn: string): void {
  const fieldErrors = phases.flatMap((phase, i) => {
    const errors: { path: string; message: string }[] = [];
    if (phase.endsOn < phase.startsOn)
      errors.push({ path: `body.phases.${i}.endsOn`, message: 'Ends before it starts' });
    if (phase.startsOn < startsOn || phase.endsOn > endsOn) {
      errors.push({ path: `body.phases.${i}`, message: 'Outside the program dates' });
    }
    return errors;
  });
  if (fieldErrors.length > 0) {
    throw new AppError(
      400,
      'invalid_phases',
      'Some phases are outside the program or end before they start.',
      {
        fieldErrors,
      },
    );
  }
}

export function checkProgramDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) {
    throw new AppError(400, 'invalid_dates', 'The program ends before it starts.', {
      fieldErrors: [{ path: 'body.endsOn', message: 'Ends before it starts' }],
    });
  }
}
