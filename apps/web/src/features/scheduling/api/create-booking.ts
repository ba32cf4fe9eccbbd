import type { Booking, CreateBookingBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { bookingsQueryPrefix } from './get-bookings.ts';
import { slotsQueryPrefix } from './get-slots.ts';

/**
 * Books a time with the actor's mentor. The key makes a retried request (a lost answer, a double
 * click) return the first booking instead of making a second one. 409 `slot_taken`, `slot_*`,
 * `actor_busy`; 403 without an active pair.
 */
export function createBooking(body: CreateBookingBody, idempotencyKey: string): Promise<Booking> {
  return apiRequest<Booking>('/api/bookings', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

export function useCreateBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateBookingBody; idempotencyKey: string }) =>
      createBooking(body, idempotencyKey),
    // Taken or not, the free times changed: refresh them either way.
    onSettled: async (_data, _error, { body }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: slotsQueryPrefix(body.mentorId) }),
        queryClient.invalidateQueries({ queryKey: bookingsQueryPrefix }),
      ]);
    },
  });
}
