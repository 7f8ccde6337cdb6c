import { useEffect, useRef, useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateRange, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Alert, Button, Cluster, Dialog, LocalizedSpan, PageHeading, RadioGroup, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { MovableTimesQuery, MyAppointmentsQuery } from '../gql/graphql';
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
      type { code name { text language isFallback } }
      unit { id name { text language isFallback } }
    }
  }
`);

const CancelMyAppointmentMutation = graphql(`
  mutation CancelMyAppointment($id: ID!) {
    cancelMyAppointment(id: $id)
  }
`);

const MovableTimesQueryDocument = graphql(`
  query MovableTimes($appointmentId: ID!) {
    movableTimes(appointmentId: $appointmentId) {
      id
      startsAt
      endsAt
      unit { id name { text language isFallback } }
    }
  }
`);

const MoveMyAppointmentMutation = graphql(`
  mutation MoveMyAppointment($id: ID!, $toSlotId: ID!) {
    moveMyAppointment(id: $id, toSlotId: $toSlotId) {
      problem
      appointment { id startsAt endsAt }
      nextFreeTimes {
        id
        startsAt
        endsAt
        unit { id name { text language isFallback } }
      }
    }
  }
`);

type Appointment = MyAppointmentsQuery['myAppointments'][number];
type FreeTime = MovableTimesQuery['movableTimes'][number];
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
                      <Button variant="secondary" aria-describedby={`${titleId} ${titleId}-time`} onClick={() => setMoving(appointment)}>
                        {t('myAppointments.move')}
                      </Button>
                    )}
                    {appointment.cancellable && (
                      <Button variant="secondary" aria-describedby={`${titleId} ${titleId}-time`} onClick={() => setCancelling(appointment)}>
                        {t('myAppointments.cancel')}
                      </Button>
                    )}
                  </Cluster>
                </li>
              );
            })}
          </Stack>
        ))}
      <CancelDialog
        appointment={cancelling}
        when={when}
        onClose={() => setCancelling(null)}
        onDone={(text, tone) => {
          setCancelling(null);
          setStatus({ text, tone });
          appointments.refetch();
        }}
      />
      <MoveDialog
        appointment={moving}
        when={when}
        onClose={() => setMoving(null)}
        onDone={(text) => {
          setMoving(null);
          setStatus({ text, tone: 'success' });
          appointments.refetch();
        }}
      />
    </>
  );
}

function CancelDialog({
  appointment, when, onClose, onDone,
}: {
  appointment: Appointment | null;
  when: (a: { startsAt: string; endsAt: string }) => string;
  onClose: () => void;
  onDone: (text: string, tone: 'success' | 'warning') => void;
}) {
  const { t } = useTexts<Texts>('appointments');
  const [cancel, cancelling] = useMutation(CancelMyAppointmentMutation);
  const confirm = async () => {
    if (!appointment) return;
    try {
      const result = await cancel({ id: appointment.id });
      onDone(result.cancelMyAppointment ? t('myAppointments.cancelled', { time: when(appointment) }) : t('myAppointments.cancelGone'), result.cancelMyAppointment ? 'success' : 'warning');
    } catch (error) {
      // BAD_USER_INPUT: the time may not be cancelled here (it began meanwhile); other errors show in the dialog.
      if ((error as { code?: string }).code === 'BAD_USER_INPUT') onDone(t('myAppointments.notCancellable'), 'warning');
    }
  };
  return (
    <Dialog
      open={appointment !== null}
      onClose={onClose}
      title={t('myAppointments.cancelTitle')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('myAppointments.keep')}
          </Button>
          <Button variant="danger" loading={cancelling.running} onClick={confirm}>
            {t('myAppointments.cancelConfirm')}
          </Button>
        </>
      }
    >
      {appointment && <p>{t('myAppointments.cancelBody', { time: when(appointment) })}</p>}
      {cancelling.error && cancelling.error.code !== 'BAD_USER_INPUT' && <RequestError error={cancelling.error} />}
    </Dialog>
  );
}

function MoveDialog({
  appointment, when, onClose, onDone,
}: {
  appointment: Appointment | null;
  when: (a: { startsAt: string; endsAt: string }) => string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t } = useTexts<Texts>('appointments');
  return (
    <Dialog open={appointment !== null} onClose={onClose} title={t('myAppointments.moveTitle')}>
      {/* Mounted only while open: each opening asks for the free times afresh. */}
      {appointment && <MoveChoice appointment={appointment} when={when} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function MoveChoice({
  appointment, when, onClose, onDone,
}: {
  appointment: Appointment;
  when: (a: { startsAt: string; endsAt: string }) => string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t } = useTexts<Texts>('appointments');
  const movable = useQuery(MovableTimesQueryDocument, { appointmentId: appointment.id });
  const [move, moving] = useMutation(MoveMyAppointmentMutation);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // After SLOT_TAKEN the BFF's other free times replace the list.
  const [offered, setOffered] = useState<FreeTime[] | null>(null);
  const options = offered ?? movable.data?.movableTimes ?? [];

  const confirm = async () => {
    const target = options.find((o) => o.id === chosen);
    if (!target) return void setProblem(t('myAppointments.moveChoose'));
    try {
      const result = (await move({ id: appointment.id, toSlotId: target.id })).moveMyAppointment;
      if (!result) return onDone(t('myAppointments.cancelGone'));
      if (result.appointment) return onDone(t('myAppointments.moved', { time: when(result.appointment) }));
      setChosen('');
      if (result.problem === 'SLOT_TAKEN') {
        setOffered(result.nextFreeTimes);
        setProblem(t('myAppointments.moveTaken'));
      } else if (result.problem === 'SLOT_UNAVAILABLE') {
        setOffered(options.filter((o) => o.id !== target.id));
        setProblem(t('myAppointments.moveUnavailable'));
      } else setProblem(t('myAppointments.notMovable'));
    } catch {
      // Shown below from the mutation's state.
    }
  };

  return (
    <>
      <p>{t('myAppointments.moveBody', { time: when(appointment) })}</p>
      {problem && <Alert tone="warning">{problem}</Alert>}
      {movable.status === 'loading' && offered === null && <Skeleton lines={3} />}
      {movable.status === 'error' && <RequestError error={movable.error} />}
      {(movable.status === 'success' || offered !== null) &&
        (options.length === 0 ? (
          <p>{t('myAppointments.moveNoTimes')}</p>
        ) : (
          <RadioGroup
            label={t('myAppointments.moveTimes')}
            name={`move-${appointment.id}`}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setProblem(null);
            }}
            options={options.map((o) => ({ value: o.id, label: `${when(o)}, ${o.unit.name.text}` }))}
          />
        ))}
      {moving.error && <RequestError error={moving.error} />}
      <div className="lx-dialog__actions">
        <Button variant="secondary" onClick={onClose}>
          {t('myAppointments.keep')}
        </Button>
        <Button variant="primary" loading={moving.running} onClick={confirm} disabled={options.length === 0}>
          {t('myAppointments.moveConfirm')}
        </Button>
      </div>
    </>
  );
}
