import { Email, type ParticipantRole } from '@mentoring/contracts';
import { parse } from 'csv-parse/sync';

export interface CsvPerson {
  line: number;
  name: string;
  email: string;
  role: string;
  /** Null when the row is unusable: the reason. */
  problem: 'missing_name' | 'bad_email' | 'unknown_role' | null;
  parsedRole: ParticipantRole | null;
  normalizedEmail: string | null;
}

const ROLES: Record<string, ParticipantRole> = {
  mentor: 'mentor',
  mentori: 'mentor',
  actor: 'actor',
  aktori: 'actor',
  mentee: 'actor',
  coordinator: 'coordinator',
  koordinaattori: 'coordinator',
};
const HEADERS: Record<string, 'name' | 'email' | 'role'> = {
  name: 'name',
  nimi: 'name',
  'full name': 'name',
  email: 'email',
  'e-mail': 'email',
  sähköposti: 'email',
  sahkoposti: 'email',
  role: 'role',
  rooli: 'role',
};

/** Finnish Excel writes semicolons; others write commas. The header line tells which. */
function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  return (outsideQuotes.match(/;/g)?.length ?? 0) > (outsideQuotes.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * Reads name, email and role from a CSV as people actually export it: UTF-8 with or without BOM,
 * comma or semicolon, quoted fields, blank lines, headers in Finnish or English in any order (or
 * no header: name, email, role).
 */
export function parseParticipantsCsv(text: string): CsvPerson[] {
  const records = parse(text, {
    bom: true,
    delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const first = records[0]?.record.map((cell) => cell.toLowerCase()) ?? [];
  const hasHeader = first.some((cell) => HEADERS[cell]);
  const column = { name: 0, email: 1, role: 2 };
  if (hasHeader) {
    first.forEach((cell, index) => {
      const key = HEADERS[cell];
      if (key) column[key] = index;
    });
  }
  return records.slice(hasHeader ? 1 : 0).map(({ record, info }) => {
    const name = record[column.name] ?? '';
    const email = record[column.email] ?? '';
    const role = record[column.role] ?? '';
    const parsedEmail = Email.safeParse(email);
    const parsedRole = ROLES[role.toLowerCase()] ?? null;
    const problem = !name
      ? 'missing_name'
      : !parsedEmail.success
        ? 'bad_email'
        : !parsedRole
          ? 'unknown_role'
          : null;
    return {
      line: info.lines,
      name,
      email,
      role,
      problem,
      parsedRole,
      normalizedEmail: parsedEmail.success ? parsedEmail.data : null,
    };
  });
}
