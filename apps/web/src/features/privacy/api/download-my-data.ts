import { api } from '../../../lib/api-client.ts';

/** Saves text as a file through a Blob URL (a plain link would carry no access token). */
export function saveFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next task: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Everything stored about the signed-in person, saved as `my-data-<date>.json`. */
export async function downloadMyData(today: string): Promise<void> {
  const text = await api.get<string>('/api/me/data', { responseType: 'text' });
  saveFile(text, `my-data-${today}.json`, 'application/json;charset=utf-8');
}
