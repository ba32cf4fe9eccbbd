import type { AttendanceImportResult } from '@mentoring/contracts';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useImportAttendance } from '../api/attendance.ts';
import { eventsErrorMessage, importLineErrors } from '../errors.ts';

/** A sign-in sheet pasted or chosen as a file; the server imports all of it or nothing and says why. */
export function AttendanceImport({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const fileId = useId();
  const importSheet = useImportAttendance(eventId);
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<AttendanceImportResult | null>(null);
  const [failure, setFailure] = useState<{ text: string; lines: { line: number; message: string }[] } | null>(
    null,
  );

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (file) setCsv(await file.text());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importSheet.isPending) return;
    setResult(null);
    setFailure(null);
    if (!csv.trim()) {
      setFailure({ text: t('events.import.empty'), lines: [] });
      return;
    }
    importSheet.mutate(csv, {
      onSuccess: setResult,
      onError: (error) => {
        const lines = importLineErrors(error, t);
        setFailure({
          text: lines.length > 0 ? t('events.import.failed') : eventsErrorMessage(error, t),
          lines,
        });
      },
    });
  }

  return (
    <section className="section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('events.import.title')}</h2>
      <p className="muted">{t('events.import.lead')}</p>
      <Form className="form" onSubmit={onSubmit}>
        <TextField className="field" name="csv" value={csv} onChange={setCsv}>
          <Label className="field-label">{t('events.import.csv')}</Label>
          <TextArea className="input textarea input-mono" rows={5} spellCheck={false} />
        </TextField>
        <div className="field">
          <label className="field-label" htmlFor={fileId}>
            {t('events.import.file')}
          </label>
          <input
            id={fileId}
            className="file-input"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={onFile}
          />
        </div>
        <Button type="submit" className="button button-primary" isDisabled={importSheet.isPending}>
          {importSheet.isPending ? t('events.import.submitting') : t('events.import.submit')}
        </Button>
        <div role="status" className="status-region">
          {result ? (
            <p className="alert alert-success">
              {t('events.import.result', {
                added: result.added,
                alreadyMarked: result.alreadyMarked,
                matchedUsers: result.matchedUsers,
                externalPeople: result.externalPeople,
              })}
            </p>
          ) : null}
        </div>
        <div role="alert" className="status-region">
          {failure ? (
            <div className="alert alert-error">
              <p>{failure.text}</p>
              {failure.lines.length > 0 ? (
                <ul>
                  {failure.lines.map((line) => (
                    <li key={line.line}>{t('events.import.lineError', line)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
