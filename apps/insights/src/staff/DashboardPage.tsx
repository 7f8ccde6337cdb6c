import { useId, useMemo, useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatNumber, useTexts, type Language, type TypedT } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LanguageNote, PageHeading, RequestError, SelectField, Skeleton, Table, VisuallyHidden } from '@luotsi/ui';
import { graphql } from '../gql';
import type { InsightsIndicatorSeriesQuery } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import { BarChart } from './BarChart';
import { formatMonth, formatMonthRange, formatMonthShort, lastFullMonths, type MonthRange } from './period';

const DashboardQuery = graphql(`
  query InsightsDashboard {
    indicators {
      id
      name { text language isFallback }
      definition { text language isFallback }
    }
    insightsServiceAreas {
      code
      name { text }
    }
  }
`);

const SeriesQuery = graphql(`
  query InsightsIndicatorSeries($indicatorId: ID!, $from: Date!, $to: Date!, $serviceAreaCode: String) {
    indicatorSeries(indicatorId: $indicatorId, from: $from, to: $to, serviceAreaCode: $serviceAreaCode, granularity: month) {
      suppressionThreshold
      points {
        start
        value
        suppressed
        suppression
      }
    }
  }
`);

type Texts = TypedT<typeof fi>;
type Point = InsightsIndicatorSeriesQuery['indicatorSeries']['points'][number];

/** How many whole months the dashboard shows. */
const months = 6;

export default function DashboardPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('insights');
  const dashboard = useQuery(DashboardQuery);
  const [areaCode, setAreaCode] = useState('');
  // The period is fixed while the page is open: the months before the current one.
  const range = useMemo(() => lastFullMonths(new Date(), months), []);
  const areas = dashboard.data?.insightsServiceAreas ?? [];
  const areaName = areas.find((a) => a.code === areaCode)?.name.text ?? t('dashboard.wholeCounty');
  return (
    <>
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <p>{t('dashboard.intro', { period: formatMonthRange(range, language) })}</p>
      {dashboard.status === 'loading' && <Skeleton lines={4} />}
      {dashboard.status === 'error' && <RequestError error={dashboard.error} />}
      {dashboard.status === 'success' && (
        <>
          <SelectField
            label={t('dashboard.area')}
            width="medium"
            value={areaCode}
            onChange={(event) => setAreaCode(event.target.value)}
            options={[{ value: '', label: t('dashboard.wholeCounty') }, ...areas.map((a) => ({ value: a.code, label: a.name.text }))]}
          />
          {/* Says what the figures below are about once the choice changes them. */}
          <p role="status">{t('dashboard.showing', { area: areaName })}</p>
          {dashboard.data.indicators.length === 0 && <p>{t('dashboard.empty')}</p>}
          {dashboard.data.indicators.map((indicator) => (
            <IndicatorSection key={indicator.id} indicator={indicator} range={range} areaCode={areaCode} areaName={areaName} language={language} t={t} />
          ))}
        </>
      )}
    </>
  );
}

interface IndicatorSectionProps {
  indicator: { id: string; name: { text: string; language: Language; isFallback: boolean }; definition: { text: string; language: Language; isFallback: boolean } };
  range: MonthRange;
  areaCode: string;
  areaName: string;
  language: Language;
  t: Texts;
}

function IndicatorSection({ indicator, range, areaCode, areaName, language, t }: IndicatorSectionProps) {
  const headingId = useId();
  const series = useQuery(SeriesQuery, { indicatorId: indicator.id, from: range.from, to: range.to, serviceAreaCode: areaCode || null });
  return (
    <section aria-labelledby={headingId} className="lx-stack">
      <h2 id={headingId} lang={indicator.name.language}>
        {indicator.name.text}
      </h2>
      <p lang={indicator.definition.language}>{indicator.definition.text}</p>
      <LanguageNote content={indicator.definition} />
      {series.status === 'loading' && <Skeleton lines={3} />}
      {series.status === 'error' && <RequestError error={series.error} />}
      {series.status === 'success' && (
        <SeriesView
          name={indicator.name.text}
          points={series.data.indicatorSeries.points}
          threshold={series.data.indicatorSeries.suppressionThreshold}
          period={formatMonthRange(range, language)}
          areaName={areaName}
          language={language}
          t={t}
        />
      )}
    </section>
  );
}

interface SeriesViewProps {
  name: string;
  points: readonly Point[];
  threshold: number;
  period: string;
  areaName: string;
  language: Language;
  t: Texts;
}

function SeriesView({ name, points, threshold, period, areaName, language, t }: SeriesViewProps) {
  const number = (value: number) => formatNumber(value, language);
  const shortMark = (p: Point) =>
    p.value !== null ? number(p.value) : p.suppression === 'complementary' ? t('indicator.complementary') : p.suppressed ? t('indicator.belowThreshold', { threshold }) : '–';
  const summary = summarise(points, language, t);
  const hidden = points.filter((p) => p.suppressed);
  return (
    <>
      <BarChart
        label={`${t('indicator.chartLabel', { indicator: name, area: areaName, period })} ${summary} ${t('indicator.tableHint')}`}
        formatTick={number}
        data={points.map((p) => ({ key: p.start, label: formatMonthShort(p.start, language), value: p.value ?? null, valueText: shortMark(p) }))}
      />
      <p>{summary}</p>
      <Table
        caption={t('indicator.caption', { indicator: name, area: areaName })}
        rows={points}
        rowKey={(p) => p.start}
        columns={[
          { key: 'month', header: t('indicator.month'), rowHeader: true, cell: (p) => formatMonth(p.start, language) },
          { key: 'value', header: t('indicator.value'), align: 'end', cell: (p) => <ValueCell point={p} threshold={threshold} language={language} t={t} /> },
        ]}
      />
      {hidden.some((p) => p.suppression !== 'complementary') && <p>{t('indicator.noteBelowThreshold', { threshold })}</p>}
      {hidden.some((p) => p.suppression === 'complementary') && <p>{t('indicator.noteComplementary')}</p>}
    </>
  );
}

function ValueCell({ point, threshold, language, t }: { point: Point; threshold: number; language: Language; t: Texts }) {
  if (point.value !== null && point.value !== undefined) return <>{formatNumber(point.value, language)}</>;
  if (point.suppression === 'complementary') return <>{t('indicator.complementary')}</>;
  if (point.suppressed)
    return (
      <>
        {/* "<" is read inconsistently by screen readers: they get the words instead. */}
        <span aria-hidden="true">{t('indicator.belowThreshold', { threshold })}</span>
        <VisuallyHidden>{t('indicator.belowThresholdSpoken', { threshold })}</VisuallyHidden>
      </>
    );
  return <>{t('indicator.noData')}</>;
}

/** The chart's message in words: highest, lowest and latest shown month, and what is hidden. */
function summarise(points: readonly Point[], language: Language, t: Texts): string {
  const shown = points.filter((p): p is Point & { value: number } => typeof p.value === 'number');
  const hidden = points.filter((p) => p.suppressed).length;
  const parts: string[] = [];
  const [firstShown] = shown;
  if (!firstShown) parts.push(t('indicator.summaryNone'));
  else {
    let max = firstShown;
    let min = firstShown;
    for (const p of shown) {
      if (p.value > max.value) max = p;
      if (p.value < min.value) min = p;
    }
    const last = shown[shown.length - 1] ?? firstShown;
    parts.push(
      t('indicator.summary', {
        max: formatNumber(max.value, language),
        maxMonth: formatMonth(max.start, language),
        min: formatNumber(min.value, language),
        minMonth: formatMonth(min.start, language),
        last: formatNumber(last.value, language),
        lastMonth: formatMonth(last.start, language),
      }),
    );
  }
  if (hidden > 0) parts.push(t('indicator.summaryHidden', { count: hidden }));
  return parts.join(' ');
}
