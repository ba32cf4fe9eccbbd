import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export interface AttendanceRow {
  line: number;
  name: string;
  email: string | null;
  isStudent: boolean;
  problem: 'missing_name' | 'bad_email' | 'bad_student' | null;
}

const HEADERS: Record<string, 'name' | 'email' | 'student'> = {
  name: 'name',
  nimi: 'name',
  email: 'email',
  'e-mail': 'email',
  sähköposti: 'email',
  student: 'student',
  opiskelija: 'student',
};
const YES = new Set(['yes', 'y', 'kyllä', 'k', '1', 'true', 'x']);
const NO = new Set(['no', 'n', 'ei', 'e', '0', 'false', '']);
const email = z.email();

/** name, email, student: a header in Finnish or English in any order, comma or semicolon. */
export function parseAttendanceCsv(text: string): AttendanceRow[] {
  const firstLine =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim() !== '') ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = parse(text, {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  });
  const header = records[0]?.map((cell) => HEADERS[cell.toLowerCase()]);
  const hasHeader = header?.some((cell) => cell !== undefined) ?? false;
  const columns = hasHeader ? (header ?? []) : (['name', 'email', 'student'] as const);
  return records.slice(hasHeader ? 1 : 0).map((cells, index) => {
    const cell = (key: 'name' | 'email' | 'student') => cells[columns.indexOf(key)]?.trim() ?? '';
    const name = cell('name');
    const rawEmail = cell('email').toLowerCase();
    const student = cell('student').toLowerCase();
    const problem = !name
      ? 'missing_name'
      : rawEmail && !email.safeParse(rawEmail).success
        ? 'bad_email'
        : !YES.has(student) && !NO.has(student)
          ? 'bad_student'
          : null;
    return {
      line: index + (hasHeader ? 2 : 1),
      name,
      email: rawEmail || null,
      isStudent: YES.has(student),
      problem,
    };
  });
}
