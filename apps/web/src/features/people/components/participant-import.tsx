import type { ImportReport, ImportVerdict } from '@mentoring/contracts';
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-client.ts';
import { useImportParticipants } from '../api/import-participants.ts';

const VERDICTS: readonly ImportVerdict[] = [
  'valid',
  'duplicate',
  'already_member',
  'already_invited',
  'bad_email',
  'unknown_role',
  'missing_name',
];
/** Rows skipped for a reason that needs no fixing (the person is already in) look calmer than errors. */
const SKIPPED: ReadonlySet<ImportVerdict> = new Set(['duplicate', 'already_member', 'already_invited']);
const MAX_BYTES = 1_000_000;

function verdictClass(verdict: ImportVerdict): string {
  if (verdict === 'valid') return 'badge badge-ok';
  return SKIPPED.has(verdict) ? 'badge badge-neutral' : 'badge badge-error';
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Reads a file strictly as UTF-8 (a BOM is dropped); anything else is refused rather than garbled. */
export async function readUtf8(file: Blob): Promise<string | null> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(await readBytes(file)));
  } catch {
    return null;
  }
}

/**
 * CSV import in two steps: choosing a file (or pasting text) previews every row with its verdict,
 * nothing written; "Import N valid rows" then invites those people, and the report says what happened.
 */
export function ParticipantImport({
  programId,
  invitationsHref,
  isDisabled = false,
}: {
  programId: string;
  invitationsHref: string;
  isDisabled?: boolean;
}) {
  const { t } = useTranslation();
  const run = useImportParticipants(programId);
  const [pasted, setPasted] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const fileId = useId();
  const fileHintId = useId();
  const resultId = useId();

  // A new preview or a finished import is where the reader continues: focus its heading.
  useEffect(() => {
    if (report) resultRef.current?.focus();
  }, [report]);

  function failure(cause: unknown): string {
    if (!(cause instanceof ApiError)) return t('errors.generic');
    if (cause.isNetworkError) return t('errors.network');
    if (cause.code === 'csv_unreadable') return t('import.unreadable');
    if (cause.code === 'too_many_rows') return t('import.tooManyRows');
    if (cause.code === 'program_archived') return t('programForm.errors.archived');
    return t('errors.generic');
  }

  function preview(csv: string) {
    if (run.isPending) return;
    setError(null);
    setReport(null);
    setSent(null);
    if (!csv.trim()) {
      setError(t('import.empty'));
      return;
    }
    run.mutate(
      { csv, dryRun: true },
      {
        onSuccess: (result) => {
          setSent(csv);
          setReport(result);
        },
        onError: (cause) => setError(failure(cause)),
      },
    );
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setReport(null);
      setError(t('import.tooLarge'));
      return;
    }
    const text = await readUtf8(file);
    if (text === null) {
      setReport(null);
      setError(t('import.notUtf8'));
      return;
    }
    preview(text);
  }

  function importValid() {
    if (sent === null || run.isPending) return;
    setError(null);
    run.mutate(
      { csv: sent, dryRun: false },
      { onSuccess: (result) => setReport(result), onError: (cause) => setError(failure(cause)) },
    );
  }

  const validCount = report?.counts.valid ?? 0;

  return (
    <>
      <div className="columns">
        <div className="form">
          <div className="field">
            <label htmlFor={fileId} className="field-label">
              {t('import.file')}
            </label>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              className="input file-input"
              aria-describedby={fileHintId}
              onChange={(event) => void onFile(event)}
              disabled={isDisabled}
            />
            <span id={fileHintId} className="field-hint">
              {t('import.fileHint')}
            </span>
          </div>
          <TextField className="field" value={pasted} onChange={setPasted} isDisabled={isDisabled}>
            <Label className="field-label">{t('import.paste')}</Label>
            <TextArea className="input textarea input-mono" rows={5} spellCheck={false} />
          </TextField>
          <Button className="button button-secondary" onPress={() => preview(pasted)} isDisabled={isDisabled}>
            {t('import.previewPasted')}
          </Button>
        </div>
        <aside className="card help-card" aria-labelledby={`${fileId}-help`}>
          <h2 id={`${fileId}-help`}>{t('import.helpTitle')}</h2>
          <p>{t('import.helpText')}</p>
          <pre className="sample" lang="fi">{`Nimi;Sähköposti;Rooli
Maija Meikäläinen;maija@example.fi;aktori
Matti Mentori;matti@example.fi;mentori`}</pre>
          <p>{t('import.helpRoles')}</p>
          <p>{t('import.helpExcel')}</p>
        </aside>
      </div>
      {/* A large file takes a moment on both passes: say what is happening (and announce it). */}
      <div role="status" className="status-region">
        {run.isPending ? (
          <p className="loading">
            <span className="spinner" aria-hidden="true" />
            <span>{run.variables?.dryRun === false ? t('import.importing') : t('import.checking')}</span>
          </p>
        ) : null}
      </div>
      <div role="alert" className="status-region">
        {error ? <p className="alert alert-error">{error}</p> : null}
      </div>
      {report ? (
        <section aria-labelledby={resultId} className="section card">
          <h2 id={resultId} ref={resultRef} tabIndex={-1}>
            {report.dryRun ? t('import.previewTitle') : t('import.resultTitle')}
          </h2>
          {report.dryRun ? null : (
            <div className="alert alert-success">
              <p>{t('import.imported', { count: report.imported })}</p>
              <p>
                <Link to={invitationsHref}>{t('import.toInvitations')}</Link>
              </p>
            </div>
          )}
          <ul className="verdict-counts" aria-label={t('import.countsLabel')}>
            {VERDICTS.filter((verdict) => (report.counts[verdict] ?? 0) > 0).map((verdict) => (
              <li key={verdict}>
                <span className={verdictClass(verdict)}>{t(`import.verdict.${verdict}`)}</span>{' '}
                {report.counts[verdict]}
              </li>
            ))}
          </ul>
          {report.rows.length === 0 ? (
            <p>{t('import.noRows')}</p>
          ) : (
            <table className="table table-stack">
              <caption className="visually-hidden">
                {report.dryRun ? t('import.previewTitle') : t('import.resultTitle')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.columns.line')}</th>
                  <th scope="col">{t('import.columns.name')}</th>
                  <th scope="col">{t('import.columns.email')}</th>
                  <th scope="col">{t('import.columns.role')}</th>
                  <th scope="col">{t('import.columns.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line}>
                    <td data-label={t('import.columns.line')}>{row.line}</td>
                    <th scope="row" data-label={t('import.columns.name')}>
                      {row.name || '–'}
                    </th>
                    <td data-label={t('import.columns.email')} className="cell-email">
                      {row.email || '–'}
                    </td>
                    <td data-label={t('import.columns.role')}>{row.role || '–'}</td>
                    <td data-label={t('import.columns.verdict')}>
                      <span className={verdictClass(row.verdict)}>{t(`import.verdict.${row.verdict}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.dryRun ? (
            validCount > 0 ? (
              <Button className="button button-primary" onPress={importValid} isDisabled={isDisabled}>
                {t('import.run', { count: validCount })}
              </Button>
            ) : (
              <p>{t('import.nothingToImport')}</p>
            )
          ) : null}
        </section>
      ) : null}
    </>
  );
}
