import { EventType, type Indicators } from '@mentoring/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarFigure } from './bar-figure.tsx';

/** Numbers, means and shares in the UI language; a figure that cannot be computed says so in words. */
function useReportFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const orNone = (format: Intl.NumberFormat) => (value: number | null) =>
      value === null ? t('reports.notAvailable') : format.format(value);
    return { whole: orNone(whole), decimal: orNone(decimal), percent: orNone(percent) };
  }, [language, t]);
}

function Figures({ items }: { items: readonly { label: string; value: string }[] }) {
  return (
    <dl className="report-cards">
      {items.map((item) => (
        <div key={item.label} className="report-card">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section className="section report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The report itself: the headline figures as cards, each topic's details, and charts with tables.
 * Goal ratings and survey items are on a 1–5 scale, so their charts end at 5.
 */
export function ReportFigures({ report }: { report: Indicators }) {
  const { t, i18n } = useTranslation();
  const f = useReportFormat();
  const { mentoring, goals, surveys } = report;
  const language = i18n.language === 'en' ? 'en' : 'fi';
  return (
    <>
      <Section title={t('reports.summary.title')}>
        <Figures
          items={[
            { label: t('reports.summary.events'), value: f.whole(report.events.total) },
            { label: t('reports.summary.participations'), value: f.whole(report.participations) },
            { label: t('reports.summary.distinctParticipants'), value: f.whole(report.distinctParticipants) },
            { label: t('reports.summary.students'), value: f.whole(report.students) },
            {
              label: t('reports.summary.supervisionGroups'),
              value: f.whole(report.supervisionGroups.groups),
            },
            {
              label: t('reports.summary.supervisionMembers'),
              value: f.whole(report.supervisionGroups.members),
            },
          ]}
        />
        <BarFigure
          caption={t('reports.byType.chartCaption')}
          categoryHeader={t('reports.byType.type')}
          valueHeader={t('reports.byType.count')}
          horizontal
          rows={EventType.options.map((type) => {
            const value = report.events.byType[type] ?? 0;
            return { label: t(`events.type.${type}`), value, display: f.whole(value) };
          })}
        />
      </Section>
      <Section title={t('reports.mentoring.title')}>
        <Figures
          items={[
            { label: t('reports.mentoring.mentors'), value: f.whole(mentoring.mentors) },
            { label: t('reports.mentoring.actors'), value: f.whole(mentoring.actors) },
            { label: t('reports.mentoring.pairs'), value: f.whole(mentoring.pairs) },
            { label: t('reports.mentoring.completed'), value: f.whole(mentoring.completed) },
            { label: t('reports.mentoring.endedEarly'), value: f.whole(mentoring.endedEarly) },
            { label: t('reports.mentoring.completionRate'), value: f.percent(mentoring.completionRate) },
            { label: t('reports.mentoring.sessions'), value: f.whole(mentoring.sessions) },
            { label: t('reports.mentoring.sessionHours'), value: f.decimal(mentoring.sessionHours) },
          ]}
        />
      </Section>
      <Section title={t('reports.goals.title')}>
        <Figures
          items={[
            { label: t('reports.goals.goals'), value: f.whole(goals.goals) },
            { label: t('reports.goals.ratedTwice'), value: f.whole(goals.ratedTwice) },
            { label: t('reports.goals.startMean'), value: f.decimal(goals.startMean) },
            { label: t('reports.goals.endMean'), value: f.decimal(goals.endMean) },
          ]}
        />
        {goals.startMean !== null && goals.endMean !== null ? (
          <BarFigure
            caption={t('reports.goals.chartCaption')}
            categoryHeader={t('reports.goals.title')}
            valueHeader={t('reports.surveys.mean')}
            maxValue={5}
            rows={[
              {
                label: t('reports.goals.start'),
                value: goals.startMean,
                display: f.decimal(goals.startMean),
              },
              { label: t('reports.goals.end'), value: goals.endMean, display: f.decimal(goals.endMean) },
            ]}
          />
        ) : (
          <p>{t('reports.goals.noRatings')}</p>
        )}
      </Section>
      <Section title={t('reports.surveys.title')}>
        <Figures
          items={[
            { label: t('reports.surveys.sent'), value: f.whole(surveys.sent) },
            { label: t('reports.surveys.recipients'), value: f.whole(surveys.recipients) },
            { label: t('reports.surveys.responses'), value: f.whole(surveys.responses) },
            { label: t('reports.surveys.responseRate'), value: f.percent(surveys.responseRate) },
          ]}
        />
        {surveys.keyResults.length > 0 ? (
          <BarFigure
            caption={t('reports.surveys.chartCaption')}
            categoryHeader={t('reports.surveys.question')}
            valueHeader={t('reports.surveys.mean')}
            extraHeader={t('reports.surveys.answers')}
            horizontal
            maxValue={5}
            rows={surveys.keyResults.map((result) => ({
              label: result.prompt[language],
              value: result.mean,
              display: f.decimal(result.mean),
              extra: f.whole(result.answers),
            }))}
          />
        ) : (
          <p>{t('reports.surveys.none')}</p>
        )}
      </Section>
    </>
  );
}
