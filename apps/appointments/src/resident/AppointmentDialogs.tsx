import { useState } from 'react';
import { useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Alert, Button, Dialog, RadioGroup, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { MovableTimesQuery, MyAppointmentsQuery } from '../gql/graphql';
import type { fi } from './i18n/fi';

/**
 * The resident's cancel and move dialogs, a chunk of their own: MyAppointmentsPage loads it on the
 * first click of Cancel or Move, so the page's first render needs only the list (the dialog and
 * radio-group components, and these documents, stay off the first load).
 */

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
      contactMode
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
        contactMode
        unit { id name { text language isFallback } }
      }
    }
  }
`);

type Appointment = MyAppointmentsQuery['myAppointments'][number];
type FreeTime = MovableTimesQuery['movableTimes'][number];
type Texts = typeof fi;
type When = (a: { startsAt: string; endsAt: string }) => string;

export interface AppointmentDialogsProps {
  /** The time being cancelled, or null. */
  cancelling: Appointment | null;
  /** The time being moved, or null. */
  moving: Appointment | null;
  when: When;
  onCloseCancel: () => void;
  onCloseMove: () => void;
  onCancelled: (text: string, tone: 'success' | 'warning') => void;
  onMoved: (text: string) => void;
}

export default function AppointmentDialogs({ cancelling, moving, when, onCloseCancel, onCloseMove, onCancelled, onMoved }: AppointmentDialogsProps) {
  return (
    <>
      <CancelDialog appointment={cancelling} when={when} onClose={onCloseCancel} onDone={onCancelled} />
      <MoveDialog appointment={moving} when={when} onClose={onCloseMove} onDone={onMoved} />
    </>
  );
}

function CancelDialog({
  appointment, when, onClose, onDone,
}: {
  appointment: Appointment | null;
  when: When;
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
  when: When;
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
  when: When;
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
  // Any way of meeting in the same service will do; each time says which.
  const optionLabel = (o: FreeTime) =>
    [when(o), o.unit.name.text, o.contactMode ? t(`myAppointments.contactModesShort.${o.contactMode}`) : null].filter(Boolean).join(', ');

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
            options={options.map((o) => ({ value: o.id, label: optionLabel(o) }))}
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
