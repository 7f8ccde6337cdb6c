import { useEffect, useRef, useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateRange, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, Button, Cluster, LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { ContactMode, FirstContactService } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';
import { BookingForm, type Booking, type FreeTime } from './booking/BookingForm';

const FirstContactTimesQuery = graphql(`
  query FirstContactTimes($service: FirstContactService, $contactMode: ContactMode, $limit: Int) {
    firstContactTimes(service: $service, contactMode: $contactMode, limit: $limit) {
      id
      startsAt
      endsAt
      lengthMinutes
      contactMode
      service
      professional
      unit { id name { text language isFallback } }
    }
  }
`);

const services: readonly FirstContactService[] = ['FAMILY_HOME_HELP', 'FAMILY_COUNSELLING', 'YOUTH_SERVICES', 'DISABILITY_SERVICES'];
const isService = (value: string): value is FirstContactService => (services as readonly string[]).includes(value);
const contactModes: readonly ContactMode[] = ['PHONE', 'VISIT', 'REMOTE'];
const isContactMode = (value: string): value is ContactMode => (contactModes as readonly string[]).includes(value);

/** How many of the earliest times to show. */
const shown = 30;

type View = { kind: 'list' } | { kind: 'booking'; time: FreeTime } | { kind: 'booked'; booking: Booking };

/**
 * Social-services advice on a call (/staff/appointments/first-contact): the earliest free
 * first-contact times of a target service, booking one for the resident, and the confirmation.
 */
export default function FirstContactTimesPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('appointments');
  const [service, setService] = useState<FirstContactService | null>(null);
  const [contactMode, setContactMode] = useState<ContactMode | null>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
  const times = useQuery(FirstContactTimesQuery, { service, contactMode, limit: shown });
  const bookedHeading = useRef<HTMLHeadingElement>(null);
  const when = (time: { startsAt: string; endsAt: string }) => formatDateRange(time.startsAt, time.endsAt, language, { withTime: true, style: 'weekday' });

  useEffect(() => {
    if (view.kind === 'booked') bookedHeading.current?.focus();
  }, [view.kind]);

  const backToList = () => {
    setView({ kind: 'list' });
    // The list may have changed while the advisor was on the call.
    times.refetch();
  };

  return (
    <>
      <PageHeading>{t('firstContactTimes.title')}</PageHeading>
      <p>{t('firstContactTimes.intro')}</p>
      {view.kind === 'booking' && (
        <BookingForm
          language={language}
          time={view.time}
          onChooseTime={(time) => setView({ kind: 'booking', time })}
          onBooked={(booking) => setView({ kind: 'booked', booking })}
          onBack={backToList}
        />
      )}
      {view.kind === 'booked' && (
        <section aria-labelledby="booked-title">
          <h2 id="booked-title" ref={bookedHeading} tabIndex={-1}>
            {t('booking.title')}
          </h2>
          <Alert tone="success" title={t('booking.booked', { time: when(view.booking), unit: view.booking.unit.name.text })}>
            {view.booking.contactMode && <p>{t(`booking.bookedHow.${view.booking.contactMode}`)}</p>}
            <p>{t('booking.bookedInfo')}</p>
          </Alert>
          <p>
            <Button variant="primary" onClick={backToList}>
              {t('booking.bookAnother')}
            </Button>
          </p>
        </section>
      )}
      {view.kind === 'list' && (
        <>
          <Cluster gap="m">
            <SelectField
              label={t('firstContactTimes.serviceFilter')}
              value={service ?? ''}
              onChange={(event) => setService(isService(event.target.value) ? event.target.value : null)}
              options={[
                { value: '', label: t('firstContactTimes.allServices') },
                ...services.map((value) => ({ value, label: t(`service.${value}`) })),
              ]}
              width="medium"
            />
            <SelectField
              label={t('firstContactTimes.contactModeFilter')}
              value={contactMode ?? ''}
              onChange={(event) => setContactMode(isContactMode(event.target.value) ? event.target.value : null)}
              options={[
                { value: '', label: t('firstContactTimes.allContactModes') },
                ...contactModes.map((value) => ({ value, label: t(`contactMode.${value}`) })),
              ]}
              width="medium"
            />
          </Cluster>
          {/* Always in the list view, so screen readers announce the new count after a filter changes. */}
          <p role="status">{times.status === 'success' ? t('firstContactTimes.count', { count: times.data.firstContactTimes.length }) : ''}</p>
          {times.status === 'loading' && <Skeleton lines={6} />}
          {times.status === 'error' && <RequestError error={times.error} />}
          {times.status === 'success' &&
            (times.data.firstContactTimes.length === 0 ? (
              <p>{t('firstContactTimes.empty')}</p>
            ) : (
              <Table
                caption={t('firstContactTimes.caption')}
                rows={times.data.firstContactTimes}
                rowKey={(time) => time.id}
                columns={[
                  { key: 'time', header: t('firstContactTimes.time'), rowHeader: true, cell: when },
                  { key: 'length', header: t('firstContactTimes.length'), align: 'end', cell: (time) => t('firstContactTimes.minutes', { count: time.lengthMinutes }) },
                  { key: 'service', header: t('firstContactTimes.service'), cell: (time) => t(`service.${time.service}`) },
                  { key: 'contact', header: t('firstContactTimes.contactMode'), cell: (time) => t(`contactMode.${time.contactMode ?? 'unknown'}`) },
                  { key: 'unit', header: t('firstContactTimes.unit'), cell: (time) => <LocalizedSpan content={time.unit.name} /> },
                  { key: 'professional', header: t('firstContactTimes.professional'), cell: (time) => time.professional },
                  {
                    key: 'book',
                    header: t('firstContactTimes.actions'),
                    cell: (time) => (
                      <Button
                        variant="secondary"
                        aria-label={t('firstContactTimes.bookTime', { time: when(time), unit: time.unit.name.text })}
                        onClick={() => setView({ kind: 'booking', time })}
                      >
                        {t('firstContactTimes.book')}
                      </Button>
                    ),
                  },
                ]}
              />
            ))}
        </>
      )}
    </>
  );
}
