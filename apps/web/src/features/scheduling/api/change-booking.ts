import type { Booking } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { bookingsQueryPrefix } from './get-bookings.ts';
import { slotsQueryPrefix } from './get-slots.ts';

/**
 * Moves a meeting (the same calendar event, a higher sequence). 409 `booking_cancelled`,
 * `too_late_to_change` (a program setting for actors), `slot_*`.
 */
export function rescheduleBooking(bookingId: string, body: { startsAt: string; length?: number }) {
  return api.post<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}/reschedule`, body);
}

/** Cancels a meeting; it stays on record with the reason. 409 `too_late_to_change` for actors. */
export function cancelBooking(bookingId: string, reason: string) {
  return api.post<Booking>(
    `/api/bookings/${encodeURIComponent(bookingId)}/cancel`,
    reason.trim() ? { reason: reason.trim() } : {},
  );
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return async (booking: Pick<Booking, 'mentorId'>) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: bookingsQueryPrefix }),
      queryClient.invalidateQueries({ queryKey: slotsQueryPrefix(booking.mentorId) }),
    ]);
  };
}

export function useRescheduleBooking(booking: Pick<Booking, 'id' | 'mentorId'>) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (body: { startsAt: string; length: number }) => rescheduleBooking(booking.id, body),
    onSettled: () => refresh(booking),
  });
}

export function useCancelBooking(booking: Pick<Booking, 'id' | 'mentorId'>) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (reason: string) => cancelBooking(booking.id, reason),
    onSettled: () => refresh(booking),
  });
}
