export { MINUTE_MS } from './calendar-math.ts';
export { parseIsoInstant, toIsoInstant, toIsoInterval } from './iso.ts';
export { type SlotQuery, slots } from './slots.ts';
export {
  type Availability,
  type BusyRange,
  type DateOverride,
  DEFAULT_TIME_ZONE,
  type FieldError,
  type Interval,
  type LocalInterval,
  type Slot,
  type SlotRejection,
  type SlotValidation,
  type WeeklyRule,
} from './types.ts';
export { validateAvailability } from './validate-availability.ts';
export { blockedRange, validateSlot } from './validate-slot.ts';
