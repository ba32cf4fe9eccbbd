import type { PhaseInput } from '@mentoring/contracts';

import { AppError } from '../../lib/app-error.ts';

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
