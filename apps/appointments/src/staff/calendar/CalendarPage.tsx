import { useCallback, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { Language, ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, formatDateRange, formatTime, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { addDays, helsinkiDate } from '@luotsi/calendar';
import { Alert, Button, Cluster, LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Stack, Table } from '@luotsi/ui';
import type { CalendarBusyKind, CalendarSetupQuery } from '../../gql/graphql';
import { CalendarSetupQuery as SetupQuery, ColleagueCalendarQuery, MyCalendarQuery } from './documents';
import {
  calendarViews, datesOf, gridHours, placeDay, readViewState, slotMinutes, stepDate, viewRange, writeViewState,
  type CalendarView, type TimedItem, type ViewState,
} from './calendar-view';
import { EntryDialog, type EntryOutcome, type MyEntry } from './EntryDialog';
import type { fi } from './i18n/fi';

type Texts = ReturnType<typeof useTexts<typeof fi>>['t'];
interface Holiday {
  date: string;
  name: string;
}
interface FreeBusy extends TimedItem {
  kind: CalendarBusyKind;
}

/** The view, date and colleague in the URL: Back and reload return to the same calendar. */
function useViewState(): [ViewState, (next: ViewState) => void] {
  const [state, setState] = useState(() => readViewState(window.location.search, new Date()));
  useEffect(() => {
    const onPop = () => setState(readViewState(window.location.search, new Date()));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: ViewState) => {
    window.history.pushState(window.history.state, '', `${window.location.pathname}${writeViewState(window.location.search, next)}${window.location.hash}`);
    setState(next);
  }, []);
  return [state, navigate];
}

const rem = (n: number) => `${n}rem`;
/** One quarter hour is 1rem high: text scales with zoom, and the grid with it. */
const rowHeight = 1;

const entryColours: Record<string, string> = {
  absence: 'var(--lx-color-warning-bg)',
  'first-contact': 'var(--lx-color-info-bg)',
  busy: 'var(--lx-color-surface)',
};

function timeRange(item: TimedItem, language: Language): string {
  return `${formatTime(item.startsAt, language)}–${formatTime(item.endsAt, language)}`;
}

function entryText(entry: MyEntry, t: Texts): string[] {
  const who = entry.client ? `${entry.client.firstName} ${entry.client.lastName}` : entry.title;
  const free = entry.bookable && !entry.client ? t('calendar.bookableFree') : null;
  // How a first contact happens, so the professional knows whether to call, meet or send a link.
  const mode = entry.contactMode ? t(`calendar.form.contactModes.${entry.contactMode}`) : null;
  return [entry.type.name.text, who, free, mode, entry.seriesId ? t('calendar.series') : null].filter((part): part is string => Boolean(part));
}

interface GridProps<T extends TimedItem> {
  dates: readonly string[];
  items: readonly T[];
  holidays: readonly Holiday[];
  language: Language;
  t: Texts;
  render: (item: T, style: CSSProperties) => ReactNode;
}

/** Day or week grid: each day is a list of its entries, placed by time on quarter-hour rows. */
function TimeGrid<T extends TimedItem>({ dates, items, holidays, language, t, render }: GridProps<T>) {
  const hours = gridHours(items, dates);
  const rows = ((hours.last - hours.first) * 60) / slotMinutes;
  const rowTemplate = `repeat(${rows}, ${rem(rowHeight)})`;
  const hourLabels = Array.from({ length: hours.last - hours.first }, (_, i) => hours.first + i);
  const cell: CSSProperties = { borderInlineStart: '1px solid var(--lx-color-border-subtle)' };
  return (
    <div style={{ overflowX: 'auto' }}>
      <div style={{ display: 'grid', gridTemplateColumns: `4rem repeat(${dates.length}, minmax(9rem, 1fr))`, minWidth: dates.length > 1 ? '60rem' : undefined }}>
        <div aria-hidden="true" />
        {dates.map((date) => {
          const holiday = holidays.find((h) => h.date === date);
          return (
            <h3 key={date} id={`day-${date}`} style={{ ...cell, fontSize: 'var(--lx-font-size-m)', margin: 0, padding: 'var(--lx-space-xs)', background: holiday ? 'var(--lx-color-warning-bg)' : undefined }}>
              {formatDate(`${date}T12:00:00Z`, language, 'weekday')}
              {holiday && (
                <span style={{ display: 'block', fontWeight: 'normal', fontSize: 'var(--lx-font-size-s)' }}>{t('calendar.holiday', { name: holiday.name })}</span>
              )}
            </h3>
          );
        })}
        <div aria-hidden="true" style={{ display: 'grid', gridTemplateRows: rowTemplate }}>
          {hourLabels.map((hour, i) => (
            <span key={hour} style={{ gridRow: `${i * 4 + 1} / span 4`, fontSize: 'var(--lx-font-size-s)', color: 'var(--lx-color-text-muted)', borderBlockStart: '1px solid var(--lx-color-border-subtle)' }}>
              {String(hour).padStart(2, '0')}:00
            </span>
          ))}
        </div>
        {dates.map((date) => {
          const { placed, lanes } = placeDay(items, date, hours);
          return (
            <ol
              key={date}
              aria-labelledby={`day-${date}`}
              style={{
                ...cell, listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateRows: rowTemplate, gridTemplateColumns: `repeat(${lanes}, minmax(0, 1fr))`,
                backgroundImage: `repeating-linear-gradient(to bottom, var(--lx-color-border-subtle) 0 1px, transparent 1px ${rem(rowHeight * 4)})`,
              }}
            >
              {placed.map((p, i) => (
                <li key={i} style={{ gridRow: `${p.rowStart} / ${p.rowEnd}`, gridColumn: p.lane, minWidth: 0, padding: '1px' }}>
                  {render(p.item, { width: '100%', height: '100%' })}
                </li>
              ))}
            </ol>
          );
        })}
      </div>
    </div>
  );
}

const entryButtonStyle = (colour: string): CSSProperties => ({
  display: 'block', textAlign: 'start', overflow: 'hidden', font: 'inherit', fontSize: 'var(--lx-font-size-s)', lineHeight: 1.25,
  padding: 'var(--lx-space-2xs) var(--lx-space-xs)', color: 'var(--lx-color-text)', background: colour,
  border: '1px solid var(--lx-color-border)', borderInlineStart: '4px solid var(--lx-color-brand)', borderRadius: 'var(--lx-radius-s)', cursor: 'pointer',
});

export default function CalendarPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('appointments');
  const [viewState, navigate] = useViewState();
  const { view, date, colleague } = viewState;
  const range = useMemo(() => viewRange(view, date), [view, date]);
  const setup = useQuery(SetupQuery, {});
  const mine = useQuery(MyCalendarQuery, range);
  const [editing, setEditing] = useState<{ entry: MyEntry | null } | null>(null);
  const [outcome, setOutcome] = useState<EntryOutcome | null>(null);

  const go = (next: Partial<ViewState>) => navigate({ ...viewState, ...next });
  const dates = datesOf(range);
  const rangeText = formatDateRange(`${range.from}T12:00:00Z`, `${addDays(range.to, -1)}T12:00:00Z`, language);
  const openEntry = (entry: MyEntry | null) => {
    setOutcome(null);
    setEditing({ entry });
  };
  const done = (result: EntryOutcome) => {
    setEditing(null);
    setOutcome(result);
    mine.refetch();
  };

  return (
    <>
      <PageHeading>{t('calendar.title')}</PageHeading>
      <p>{t('calendar.intro')}</p>
      <Stack gap="m">
        <Cluster gap="m" align="end" role="group" aria-label={t('calendar.toolbar')}>
          <SelectField
            label={t('calendar.view')}
            value={view}
            onChange={(e) => go({ view: (calendarViews as readonly string[]).includes(e.target.value) ? (e.target.value as CalendarView) : 'week' })}
            options={calendarViews.map((value) => ({ value, label: t(`calendar.views.${value}`) }))}
            width="short"
          />
          <Button variant="secondary" onClick={() => go({ date: stepDate(view, date, -1) })}>
            {t(`calendar.previous.${view}`)}
          </Button>
          <Button variant="secondary" onClick={() => go({ date: helsinkiDate(new Date()) })}>
            {t('calendar.today')}
          </Button>
          <Button variant="secondary" onClick={() => go({ date: stepDate(view, date, 1) })}>
            {t(`calendar.next.${view}`)}
          </Button>
          {setup.status === 'success' && setup.data.calendarColleagues.length > 0 && (
            <SelectField
              label={t('calendar.whose')}
              value={colleague ?? ''}
              onChange={(e) => go({ colleague: e.target.value || null })}
              options={[
                { value: '', label: t('calendar.mine') },
                ...setup.data.calendarColleagues.map((c) => ({ value: c.id, label: t('calendar.colleague', { name: `${c.firstName} ${c.lastName}`, title: c.title.text }) })),
              ]}
              width="medium"
            />
          )}
          {!colleague && setup.status === 'success' && (
            <Button variant="primary" onClick={() => openEntry(null)}>
              {t('calendar.newEntry')}
            </Button>
          )}
        </Cluster>
        <h2 aria-live="polite" style={{ margin: 0 }}>
          {rangeText}
        </h2>
        <div role="status">
          {outcome && (
            <Alert tone={outcome.overlaps > 0 || outcome.skippedHolidays.length > 0 ? 'warning' : 'success'}>
              <p>{outcome.kind === 'saved' ? t('calendar.saved', { count: outcome.count }) : t('calendar.deleted', { count: outcome.count })}</p>
              {outcome.skippedHolidays.length > 0 && (
                <p>{t('calendar.skippedHolidays', { dates: outcome.skippedHolidays.map((d) => formatDate(`${d}T12:00:00Z`, language)).join(', ') })}</p>
              )}
              {outcome.overlaps > 0 && <p>{t('calendar.overlaps', { count: outcome.overlaps })}</p>}
            </Alert>
          )}
        </div>
        {colleague ? (
          <ColleagueCalendar staffId={colleague} range={range} view={view} dates={dates} language={language} t={t} rangeText={rangeText} />
        ) : (
          <>
            {(mine.status === 'loading' || setup.status === 'loading') && <Skeleton lines={8} />}
            {mine.status === 'error' && <RequestError error={mine.error} />}
            {setup.status === 'error' && <RequestError error={setup.error} />}
            {mine.status === 'success' && (
              <MyCalendar
                entries={mine.data.myCalendar.entries}
                holidays={mine.data.myCalendar.holidays}
                view={view}
                dates={dates}
                language={language}
                t={t}
                rangeText={rangeText}
                onOpen={openEntry}
              />
            )}
          </>
        )}
      </Stack>
      {setup.status === 'success' && (
        <EntryDialog
          open={editing !== null}
          entry={editing?.entry ?? null}
          setup={setup.data as CalendarSetupQuery}
          date={date}
          onClose={() => setEditing(null)}
          onDone={done}
        />
      )}
    </>
  );
}

interface MyCalendarProps {
  entries: readonly MyEntry[];
  holidays: readonly Holiday[];
  view: CalendarView;
  dates: readonly string[];
  language: Language;
  t: Texts;
  rangeText: string;
  onOpen: (entry: MyEntry) => void;
}

function HolidayList({ holidays, language, t }: { holidays: readonly Holiday[]; language: Language; t: Texts }) {
  if (holidays.length === 0) return null;
  return (
    <ul>
      {holidays.map((h) => (
        <li key={h.date}>
          {formatDate(`${h.date}T12:00:00Z`, language, 'weekday')}: {t('calendar.holiday', { name: h.name })}
        </li>
      ))}
    </ul>
  );
}

function MyCalendar({ entries, holidays, view, dates, language, t, rangeText, onOpen }: MyCalendarProps) {
  if (view === 'list')
    return (
      <>
        <HolidayList holidays={holidays} language={language} t={t} />
        {entries.length === 0 ? (
          <p>{t('calendar.noEntries')}</p>
        ) : (
          <Table
            caption={t('calendar.list.caption', { range: rangeText })}
            rows={entries}
            rowKey={(e) => e.id}
            columns={[
              { key: 'time', header: t('calendar.list.time'), rowHeader: true, cell: (e) => formatDateRange(e.startsAt, e.endsAt, language, { withTime: true, style: 'weekday' }) },
              { key: 'type', header: t('calendar.list.type'), cell: (e) => <LocalizedSpan content={e.type.name} /> },
              { key: 'who', header: t('calendar.list.who'), cell: (e) => (e.client ? `${e.client.firstName} ${e.client.lastName}` : (e.title ?? '')) },
              { key: 'unit', header: t('calendar.list.unit'), cell: (e) => <LocalizedSpan content={e.unit.name} /> },
              {
                key: 'details',
                header: t('calendar.list.details'),
                cell: (e) =>
                  [
                    e.bookable && !e.client ? t('calendar.bookableFree') : null,
                    e.contactMode ? t(`calendar.form.contactModes.${e.contactMode}`) : null,
                    e.seriesId ? t('calendar.series') : null,
                  ]
                    .filter(Boolean)
                    .join(', '),
              },
              {
                key: 'edit',
                header: t('calendar.list.edit'),
                cell: (e) => (
                  <Button variant="secondary" aria-label={t('calendar.list.editLabel', { type: e.type.name.text, time: formatDateRange(e.startsAt, e.endsAt, language, { withTime: true }) })} onClick={() => onOpen(e)}>
                    {t('calendar.list.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </>
    );
  return (
    <>
      {entries.length === 0 && <p>{t('calendar.noEntries')}</p>}
      <TimeGrid
        dates={dates}
        items={entries}
        holidays={holidays}
        language={language}
        t={t}
        render={(entry, style) => (
          <button
            type="button"
            onClick={() => onOpen(entry)}
            style={{ ...entryButtonStyle(entryColours[entry.type.code] ?? entryColours.busy!), ...style }}
          >
            <strong style={{ display: 'block' }}>{timeRange(entry, language)}</strong>
            {entryText(entry, t).map((part, i) => (
              <span key={i} style={{ display: 'block' }}>
                {part}
              </span>
            ))}
          </button>
        )}
      />
    </>
  );
}

interface ColleagueProps {
  staffId: string;
  range: { from: string; to: string };
  view: CalendarView;
  dates: readonly string[];
  language: Language;
  t: Texts;
  rangeText: string;
}

/** A colleague's calendar as free/busy: when they are busy, away or have a free bookable time. */
function ColleagueCalendar({ staffId, range, view, dates, language, t, rangeText }: ColleagueProps) {
  const state = useQuery(ColleagueCalendarQuery, { staffId, from: range.from, to: range.to });
  if (state.status === 'loading') return <Skeleton lines={8} />;
  if (state.status === 'error') return <RequestError error={state.error} />;
  const calendar = state.data.staffCalendar;
  if (!calendar) return <p>{t('calendar.noEntries')}</p>;
  const entries: FreeBusy[] = calendar.entries;
  return (
    <>
      <p>{t('calendar.freeBusyNote')}</p>
      {view === 'list' ? (
        <>
          <HolidayList holidays={calendar.holidays} language={language} t={t} />
          {entries.length === 0 ? (
            <p>{t('calendar.noEntries')}</p>
          ) : (
            <Table
              caption={t('calendar.list.caption', { range: `${calendar.staff.firstName} ${calendar.staff.lastName}, ${rangeText}` })}
              rows={entries}
              rowKey={(e) => `${e.startsAt}-${e.endsAt}-${e.kind}`}
              columns={[
                { key: 'time', header: t('calendar.list.time'), rowHeader: true, cell: (e) => formatDateRange(e.startsAt, e.endsAt, language, { withTime: true, style: 'weekday' }) },
                { key: 'kind', header: t('calendar.list.type'), cell: (e) => t(`calendar.busy.${e.kind}`) },
              ]}
            />
          )}
        </>
      ) : (
        <TimeGrid
          dates={dates}
          items={entries}
          holidays={calendar.holidays}
          language={language}
          t={t}
          render={(item, style) => (
            <div style={{ ...entryButtonStyle(item.kind === 'ABSENCE' ? entryColours.absence! : item.kind === 'FREE_BOOKABLE' ? entryColours['first-contact']! : entryColours.busy!), cursor: 'default', ...style }}>
              <strong style={{ display: 'block' }}>{timeRange(item, language)}</strong>
              {t(`calendar.busy.${item.kind}`)}
            </div>
          )}
        />
      )}
    </>
  );
}
