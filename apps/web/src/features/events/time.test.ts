import { describe, expect, it } from 'vitest';
import { instantToZonedInput, zonedInputToInstant } from './time.ts';

describe('event times in the program zone', () => {
  it('reads a wall time in the zone, in winter and in summer', () => {
    expect(zonedInputToInstant('2026-12-04T09:00', 'Europe/Helsinki')).toBe('2026-12-04T07:00:00.000Z');
    expect(zonedInputToInstant('2026-06-04T09:00', 'Europe/Helsinki')).toBe('2026-06-04T06:00:00.000Z');
    expect(zonedInputToInstant('2026-06-04T09:00', 'UTC')).toBe('2026-06-04T09:00:00.000Z');
  });

  it('crosses the daylight-saving change on the right side', () => {
    // Helsinki moves to summer time at 03:00 on 2026-03-29.
    expect(zonedInputToInstant('2026-03-29T02:30', 'Europe/Helsinki')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInputToInstant('2026-03-29T04:30', 'Europe/Helsinki')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is not a date and time, and writes instants back for the input', () => {
    expect(zonedInputToInstant('', 'Europe/Helsinki')).toBeNull();
    expect(instantToZonedInput('2026-12-04T07:00:00Z', 'Europe/Helsinki')).toBe('2026-12-04T09:00');
  });
});
