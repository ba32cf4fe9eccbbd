import { api } from '../../../lib/api-client.ts';

/** The meeting as an .ics file. It needs the bearer token, so a plain link cannot fetch it. */
export function getBookingIcs(bookingId: string): Promise<string> {
  return api.get<string>(`/api/bookings/${encodeURIComponent(bookingId)}/ics`, { responseType: 'text' });
}

/** Fetches the file and hands it to the browser as a download named after the meeting's date. */
export async function downloadBookingIcs(bookingId: string, fileName: string): Promise<void> {
  const text = await getBookingIcs(bookingId);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
