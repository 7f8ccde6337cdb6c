import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateRange, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { FirstContactService } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const FirstContactTimesQuery = graphql(`
  query FirstContactTimes($service: FirstContactService, $limit: Int) {
    firstContactTimes(service: $service, limit: $limit) {
      id
      startsAt
      endsAt
      lengthMinutes
      service
      unit { id name { text language isFallback } }
    }
  }
`);

const services: readonly FirstContactService[] = ['FAMILY_HOME_HELP', 'FAMILY_COUNSELLING', 'YOUTH_SERVICES', 'DISABILITY_SERVICES'];
const isService = (value: string): value is FirstContactService => (services as readonly string[]).includes(value);

/** How many of the earliest times to show. */
const shown = 30;

export default function FirstContactTimesPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('appointments');
  const [service, setService] = useState<FirstContactService | null>(null);
  const times = useQuery(FirstContactTimesQuery, { service, limit: shown });
  return (
    <>
      <PageHeading>{t('firstContactTimes.title')}</PageHeading>
      <p>{t('firstContactTimes.intro')}</p>
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
      {/* Always in the page, so screen readers announce the new count after the service changes. */}
      <p role="status">{times.status === 'success' ? t('firstContactTimes.count', { count: times.data.firstContactTimes.length }) : ''}</p>
      {times.status === 'loading' && <Skeleton lines={6} />}
      {times.status === 'error' && <RequestError error={times.error} />}
      {times.status === 'success' && (
        <>
          {times.data.firstContactTimes.length === 0 ? (
            <p>{t('firstContactTimes.empty')}</p>
          ) : (
            <Table
              caption={t('firstContactTimes.caption')}
              rows={times.data.firstContactTimes}
              rowKey={(time) => time.id}
              columns={[
                {
                  key: 'time',
                  header: t('firstContactTimes.time'),
                  rowHeader: true,
                  cell: (time) => formatDateRange(time.startsAt, time.endsAt, language, { withTime: true, style: 'weekday' }),
                },
                { key: 'length', header: t('firstContactTimes.length'), align: 'end', cell: (time) => t('firstContactTimes.minutes', { count: time.lengthMinutes }) },
                { key: 'service', header: t('firstContactTimes.service'), cell: (time) => t(`service.${time.service}`) },
                { key: 'unit', header: t('firstContactTimes.unit'), cell: (time) => <LocalizedSpan content={time.unit.name} /> },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
