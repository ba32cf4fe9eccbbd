import type { ProgramSummary } from '@mentoring/contracts';
import { type FormEvent, useId, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDateRange, isPlainDate, localToday } from '../../../lib/dates.ts';
import { downloadIndicatorsCsv, type IndicatorsScope, useIndicators } from '../api/get-indicators.ts';
import { ReportFigures } from './report-figures.tsx';

/** This calendar year, where the user is. */
export function thisYear(today = localToday()): IndicatorsScope {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31`, programIds: [] };
}

/**
 * The indicators report: a date range and programs to choose, the figures, a CSV download and
 * printing (the print stylesheet keeps only the report).
 */
export function IndicatorsReport({ programs }: { programs: readonly ProgramSummary[] }) {
  const { t, i18n } = useTranslation();
  const filtersId = useId();
  const [draft, setDraft] = useState<IndicatorsScope>(() => thisYear());
  const [scope, setScope] = useState<IndicatorsScope>(draft);
  const [attempted, setAttempted] = useState(false);
  const [csvError, setCsvError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const report = useIndicators(scope);

  const rangeValid = isPlainDate(draft.from) && isPlainDate(draft.to) && draft.to >= draft.from;
  const rangeError = attempted && !rangeValid ? t('reports.filters.rangeInvalid') : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (rangeValid) setScope(draft);
  }

  async function onDownload() {
    setCsvError(null);
    setDownloading(true);
    try {
      await downloadIndicatorsCsv(scope);
    } catch {
      setCsvError(t('reports.actions.csvFailed'));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <section className="section card report-controls" aria-labelledby={filtersId}>
        <h2 id={filtersId}>{t('reports.filters.title')}</h2>
        <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
          <div className="field-grid">
            {(['from', 'to'] as const).map((key) => (
              <TextField
                key={key}
                className="field"
                name={key}
                type="date"
                value={draft[key]}
                onChange={(value) => setDraft((d) => ({ ...d, [key]: value }))}
                isRequired
                isInvalid={Boolean(rangeError)}
              >
                <Label className="field-label">{t(`reports.filters.${key}`)}</Label>
                <Input className="input" />
                {key === 'to' ? <FieldError className="field-error">{rangeError}</FieldError> : null}
              </TextField>
            ))}
          </div>
          {programs.length > 0 ? (
            <ChoiceGroup
              name="programs"
              label={t('reports.filters.programs')}
              description={t('reports.filters.programsHint')}
              options={programs.map((program) => ({ value: program.id, label: program.name }))}
              value={draft.programIds}
              onChange={(programIds) => setDraft((d) => ({ ...d, programIds }))}
            />
          ) : null}
          <div className="event-actions">
            <Button type="submit" className="button button-primary">
              {t('reports.filters.submit')}
            </Button>
            <Button className="button button-secondary" onPress={onDownload} isDisabled={downloading}>
              {downloading ? t('reports.actions.csvPending') : t('reports.actions.csv')}
            </Button>
            <Button className="button button-secondary" onPress={() => window.print()}>
              {t('reports.actions.print')}
            </Button>
          </div>
          <div role="alert" className="status-region">
            {csvError ? <p className="alert alert-error">{csvError}</p> : null}
          </div>
        </Form>
      </section>
      {report.isPending ? <LoadingState /> : null}
      {report.isError ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? (
        <div className="report" aria-busy={report.isFetching}>
          <div className="report-scope" role="status">
            <p>
              {t('reports.scope.range', {
                range: formatDateRange(report.data.from, report.data.to, i18n.language),
              })}
            </p>
            <p>
              {t('reports.scope.programs', { names: report.data.programs.map((p) => p.name).join(', ') })}
            </p>
            {report.data.includesOrganisationEvents ? <p>{t('reports.scope.organisation')}</p> : null}
          </div>
          <ReportFigures report={report.data} />
        </div>
      ) : null}
    </>
  );
}
