import type { QuestionResult } from '@mentoring/contracts';

/**
 * Results as CSV, built only from what `surveyResults` already let through, so the export can show
 * nothing the screen does not. Long format: one row per figure, so a spreadsheet can pivot it.
 */
const HEADER = ['question_key', 'question', 'kind', 'group', 'answers', 'mean', 'option', 'count', 'text'];
const NOT_SHOWN = { fi: 'ei näytetä: alle 5 vastausta', en: 'not shown: fewer than 5 answers' };

/** Quotes a cell, and defuses leading = + - @ so a spreadsheet never runs an answer as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function resultsCsv(results: QuestionResult[], group: string, lang: 'fi' | 'en'): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const q of results) {
    const head = [q.key, q.prompt[lang], q.kind, group];
    if (!q.shown) {
      rows.push([...head, null, null, null, null, NOT_SHOWN[lang]]);
      continue;
    }
    rows.push([...head, q.count, q.mean, null, null, null]);
    for (const d of q.distribution ?? [])
      rows.push([...head, q.count, null, d.label?.[lang] ?? d.value, d.count, null]);
    for (const text of q.texts ?? []) rows.push([...head, q.count, null, null, null, text]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
