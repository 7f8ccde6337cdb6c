import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatNumber, locales, useTexts, type Language } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Button, Cluster, LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Stack, Table } from '@luotsi/ui';
import { helsinkiDate } from '@luotsi/calendar';
import { monthsBetween, nextMonth } from '@luotsi/appointments-domain';
import { graphql } from '../../gql';
import type { CalendarStatisticsQuery } from '../../gql/graphql';
import type { fi } from './i18n/fi';

const StatisticsQuery = graphql(`
  query CalendarStatistics($from: String!, $to: String!) {
    calendarEntryTypes { code name { text language isFallback } }
    calendarStatistics(from: $from, to: $to) {
      months
      byType { key count hours months { month count hours } }
      byService { key count hours months { month count hours } }
      firstContacts { month booked fromAdvice sharePercent }
      firstContactTotal { booked fromAdvice sharePercent }
    }
  }
`);

type Statistics = CalendarStatisticsQuery['calendarStatistics'];
type Row = Statistics['byType'][number];
type Texts = typeof fi;
type ServiceKey = keyof Texts['statistics']['services'];

/** How far back and ahead the period can be chosen, in months from the current one. */
const monthsBack = 24;
const monthsAhead = 6;

function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "marraskuu 2026", "november 2026", "November 2026". */
function monthLabel(month: string, language: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 1));
}

const hours = (value: number, language: Language) => formatNumber(value, language, { maximumFractionDigits: 1 });
const percent = (value: number, language: Language) => formatNumber(value / 100, language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Calendar statistics for team leads (their units) and managers (all): tables by entry type and by
 * service per month, the share of first contacts booked directly from advice as bars with their
 * values in text, and a summary sentence. Aggregates only: no client is shown.
 */
export default function StatisticsPage({ language }: ModulePageProps) {
  const { t } = useTexts<Texts>('appointments');
  const current = helsinkiDate().slice(0, 7);
  const choices = useMemo(() => monthsBetween(addMonths(current, -monthsBack), addMonths(current, monthsAhead)), [current]);
  const [draft, setDraft] = useState({ from: addMonths(current, -1), to: nextMonth(current) });
  const [period, setPeriod] = useState(draft);
  const [invalid, setInvalid] = useState(false);
  const statistics = useQuery(StatisticsQuery, period);

  const options = choices.map((month) => ({ value: month, label: monthLabel(month, language) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.to < draft.from) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setPeriod(draft);
  };

  return (
    <>
      <PageHeading>{t('statistics.title')}</PageHeading>
      <p>{t('statistics.intro')}</p>
      <form onSubmit={submit} aria-label={t('statistics.filter')} noValidate>
        <Cluster gap="m" align="end">
          <SelectField label={t('statistics.from')} value={draft.from} options={options} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          <SelectField
            label={t('statistics.to')}
            value={draft.to}
            options={options}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            {...(invalid ? { error: t('statistics.toBeforeFrom') } : {})}
          />
          <Button type="submit" variant="secondary">
            {t('statistics.show')}
          </Button>
        </Cluster>
      </form>
      {statistics.status === 'loading' && <Skeleton lines={8} />}
      {statistics.status === 'error' && <RequestError error={statistics.error} />}
      {statistics.status === 'success' && (
        <Results
          statistics={statistics.data.calendarStatistics}
          typeNames={new Map(statistics.data.calendarEntryTypes.map((type) => [type.code, type.name]))}
          language={language}
        />
      )}
    </>
  );
}

function Results({ statistics, typeNames, language }: { statistics: Statistics; typeNames: Map<string, Parameters<typeof LocalizedSpan>[0]['content']>; language: Language }) {
  const { t } = useTexts<Texts>('appointments');
  const { months, firstContactTotal: total } = statistics;
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const period = first === last ? monthLabel(first, language) : `${monthLabel(first, language)} – ${monthLabel(last, language)}`;
  const entries = statistics.byType.reduce((sum, row) => sum + row.count, 0);
  const allHours = statistics.byType.reduce((sum, row) => sum + row.hours, 0);
  const summary =
    total.booked > 0 && total.sharePercent !== null
      ? t('statistics.summary', {
          period,
          entries: formatNumber(entries, language),
          hours: hours(allHours, language),
          booked: formatNumber(total.booked, language),
          fromAdvice: formatNumber(total.fromAdvice, language),
          share: percent(total.sharePercent, language),
        })
      : t('statistics.summaryNoBookings', { period, entries: formatNumber(entries, language), hours: hours(allHours, language) });
  const serviceName = (key: string): ReactNode =>
    key in fiServiceKeys ? t(`statistics.services.${key as ServiceKey}`) : key;
  const typeName = (key: string): ReactNode => {
    const name = typeNames.get(key);
    return name ? <LocalizedSpan content={name} /> : key;
  };

  return (
    <Stack gap="l">
      <p>{summary}</p>
      {entries === 0 ? (
        <p>{t('statistics.noEntries')}</p>
      ) : (
        <>
          <MonthTable caption={t('statistics.byTypeCaption')} header={t('statistics.entryType')} rows={statistics.byType} months={months} name={typeName} language={language} />
          <MonthTable caption={t('statistics.byServiceCaption')} header={t('statistics.service')} rows={statistics.byService} months={months} name={serviceName} language={language} />
        </>
      )}
      <ShareChart statistics={statistics} language={language} />
    </Stack>
  );
}

// The service keys the texts name (the unit types of the county); others show their key.
const fiServiceKeys: Record<ServiceKey, true> = {
  'health-centre': true,
  'family-services': true,
  'social-advice': true,
  caregiving: true,
  'home-help': true,
  'family-counselling': true,
  'youth-services': true,
  'disability-services': true,
};

function MonthTable(props: { caption: string; header: string; rows: readonly Row[]; months: readonly string[]; name: (key: string) => ReactNode; language: Language }) {
  const { t } = useTexts<Texts>('appointments');
  const { language } = props;
  const cell = (count: number, h: number) => t('statistics.cell', { entries: formatNumber(count, language), hours: hours(h, language) });
  return (
    <Table
      caption={props.caption}
      rows={props.rows}
      rowKey={(row) => row.key}
      columns={[
        { key: 'name', header: props.header, rowHeader: true, cell: (row) => props.name(row.key) },
        ...props.months.map((month, index) => ({
          key: month,
          header: monthLabel(month, language),
          align: 'end' as const,
          cell: (row: Row) => {
            const value = row.months[index];
            return value ? cell(value.count, value.hours) : cell(0, 0);
          },
        })),
        { key: 'total', header: t('statistics.total'), align: 'end' as const, cell: (row) => cell(row.count, row.hours) },
      ]}
    />
  );
}

/** Bars of the monthly share; each bar's value is also written out, so the text is the alternative. */
function ShareChart({ statistics, language }: { statistics: Statistics; language: Language }) {
  const { t } = useTexts<Texts>('appointments');
  const captionId = useId();
  return (
    <figure aria-labelledby={captionId} style={{ margin: 0 }}>
      <figcaption id={captionId}>
        <strong>{t('statistics.shareCaption')}</strong>
      </figcaption>
      <ul style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0 0' }}>
        {statistics.firstContacts.map((month) => (
          <li key={month.month} style={{ display: 'grid', gridTemplateColumns: '10rem 1fr auto', gap: '0.5rem', alignItems: 'center', marginBlock: '0.25rem' }}>
            <span>{monthLabel(month.month, language)}</span>
            <span aria-hidden="true" style={{ display: 'block', background: 'var(--lx-color-border-subtle)', height: '1rem' }}>
              <span style={{ display: 'block', height: '100%', width: `${month.sharePercent ?? 0}%`, background: 'var(--lx-color-brand)' }} />
            </span>
            <span>
              {month.sharePercent === null
                ? t('statistics.noBookings')
                : t('statistics.shareValue', { share: percent(month.sharePercent, language), fromAdvice: formatNumber(month.fromAdvice, language), booked: formatNumber(month.booked, language) })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
