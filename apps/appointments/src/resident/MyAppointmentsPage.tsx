import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateRange, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LocalizedSpan, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';

const MyAppointmentsQuery = graphql(`
  query MyAppointments {
    myAppointments {
      id
      startsAt
      endsAt
      type { code name { text language isFallback } }
      unit { id name { text language isFallback } }
    }
  }
`);

export default function MyAppointmentsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('appointments');
  const appointments = useQuery(MyAppointmentsQuery);
  return (
    <>
      <PageHeading>{t('myAppointments.title')}</PageHeading>
      <p>{t('myAppointments.intro')}</p>
      <h2>{t('myAppointments.listTitle')}</h2>
      {appointments.status === 'loading' && <Skeleton lines={4} />}
      {appointments.status === 'error' && <RequestError error={appointments.error} />}
      {appointments.status === 'success' &&
        (appointments.data.myAppointments.length === 0 ? (
          <p>{t('myAppointments.empty')}</p>
        ) : (
          <Stack as="ul" gap="m" style={{ listStyle: 'none', padding: 0 }}>
            {appointments.data.myAppointments.map((appointment) => (
              <li key={appointment.id} className="lx-panel">
                <h3>
                  <LocalizedSpan content={appointment.type.name} />
                </h3>
                <dl>
                  <dt>{t('myAppointments.time')}</dt>
                  <dd>{formatDateRange(appointment.startsAt, appointment.endsAt, language, { withTime: true, style: 'weekday' })}</dd>
                  <dt>{t('myAppointments.unit')}</dt>
                  <dd>
                    <LocalizedSpan content={appointment.unit.name} />
                  </dd>
                </dl>
              </li>
            ))}
          </Stack>
        ))}
    </>
  );
}
