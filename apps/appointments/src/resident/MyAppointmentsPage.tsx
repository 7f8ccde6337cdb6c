import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateRange, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, Button, Cluster, LocalizedSpan, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { MyAppointmentsQuery } from '../gql/graphql';
import type { fi } from './i18n/fi';

const MyAppointmentsQueryDocument = graphql(`
  query MyAppointments {
    myAppointments {
      id
      startsAt
      endsAt
      cancellable
      movable
      service
      contactMode
      type { code name { text language isFallback } }
      unit { id name { text language isFallback } }
    }
  }
`);

// The cancel and move dialogs are a chunk of their own, loaded on the first click of Cancel or
// Move: the first render needs only the list (see docs/benchmarks.md, first load).
const AppointmentDialogs = lazy(() => import('./AppointmentDialogs'));

type Appointment = MyAppointmentsQuery['myAppointments'][number];
type Texts = typeof fi;

/**
 * The resident's own upcoming times (/fi/appointments): when (Helsinki time), what and where; each
 * can be downloaded to a calendar, and a booked first contact cancelled or, where the service
 * allows it, moved to another free time. What happened is announced in a status message.
 */
export default function MyAppointmentsPage({ language }: ModulePageProps) {
  const { t } = useTexts<Texts>('appointments');
  const appointments = useQuery(MyAppointmentsQueryDocument);
  const [status, setStatus] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  // Set on the first Cancel or Move and kept: the dialogs stay mounted once loaded.
  const [dialogsWanted, setDialogsWanted] = useState(false);
  const cancel = (appointment: Appointment) => {
    setDialogsWanted(true);
    setCancelling(appointment);
  };
  const moveTime = (appointment: Appointment) => {
    setDialogsWanted(true);
    setMoving(appointment);
  };
  const when = (a: { startsAt: string; endsAt: string }) => formatDateRange(a.startsAt, a.endsAt, language, { withTime: true, style: 'weekday' });
  const listHeading = useRef<HTMLHeadingElement>(null);
  // After a cancel or a move the button that opened the dialog may be gone with its time: focus
  // goes to the list's heading, just after the announced status, instead of being lost.
  useEffect(() => {
    if (status) listHeading.current?.focus();
  }, [status]);

  return (
    <>
      <PageHeading>{t('myAppointments.title')}</PageHeading>
      <p>{t('myAppointments.intro')}</p>
      {/* Always in the page, so that what a cancel or a move did is announced. */}
      <div role="status">{status && <Alert tone={status.tone} live={false}>{status.text}</Alert>}</div>
      <h2 ref={listHeading} tabIndex={-1}>
        {t('myAppointments.listTitle')}
      </h2>
      {appointments.status === 'loading' && <Skeleton lines={4} />}
      {appointments.status === 'error' && <RequestError error={appointments.error} />}
      {appointments.status === 'success' &&
        (appointments.data.myAppointments.length === 0 ? (
          <p>{t('myAppointments.empty')}</p>
        ) : (
          <Stack as="ul" gap="m" style={{ listStyle: 'none', padding: 0 }}>
            {appointments.data.myAppointments.map((appointment) => {
              const titleId = `appointment-${appointment.id}`;
              return (
                <li key={appointment.id} className="lx-panel" aria-labelledby={titleId}>
                  <h3 id={titleId}>
                    <LocalizedSpan content={appointment.type.name} />
                  </h3>
                  <dl>
                    <dt>{t('myAppointments.time')}</dt>
                    <dd id={`${titleId}-time`}>{when(appointment)}</dd>
                    {appointment.service && (
                      <>
                        <dt>{t('myAppointments.service')}</dt>
                        <dd>{t(`myAppointments.services.${appointment.service}`)}</dd>
                      </>
                    )}
                    <dt>{t('myAppointments.unit')}</dt>
                    <dd>
                      <LocalizedSpan content={appointment.unit.name} />
                    </dd>
                    {appointment.contactMode && (
                      <>
                        <dt>{t('myAppointments.contactMode')}</dt>
                        <dd>{t(`myAppointments.contactModes.${appointment.contactMode}`)}</dd>
                      </>
                    )}
                  </dl>
                  <Cluster gap="s">
                    {/* A real link: the browser downloads the file with the resident's session. */}
                    <a
                      href={`/api/appointments/${appointment.id}.ics?lang=${language}`}
                      download
                      aria-describedby={`${titleId} ${titleId}-time`}
                      className="lx-button lx-button--secondary"
                    >
                      {t('myAppointments.download')}
                    </a>
                    {appointment.movable && (
                      <Button variant="secondary" aria-describedby={`${titleId} ${titleId}-time`} onClick={() => moveTime(appointment)}>
                        {t('myAppointments.move')}
                      </Button>
                    )}
                    {appointment.cancellable && (
                      <Button variant="secondary" aria-describedby={`${titleId} ${titleId}-time`} onClick={() => cancel(appointment)}>
                        {t('myAppointments.cancel')}
                      </Button>
                    )}
                  </Cluster>
                </li>
              );
            })}
          </Stack>
        ))}
      {dialogsWanted && (
        // While the dialogs' chunk loads, focus stays on the button that was pressed (the dialog
        // returns it there on close) and a status says that something is opening.
        <Suspense fallback={<p role="status">{t('myAppointments.opening')}</p>}>
          <AppointmentDialogs
            cancelling={cancelling}
            moving={moving}
            when={when}
            onCloseCancel={() => setCancelling(null)}
            onCloseMove={() => setMoving(null)}
            onCancelled={(text, tone) => {
              setCancelling(null);
              setStatus({ text, tone });
              appointments.refetch();
            }}
            onMoved={(text) => {
              setMoving(null);
              setStatus({ text, tone: 'success' });
              appointments.refetch();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
