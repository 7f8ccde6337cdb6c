import { useId, useState, type FormEvent } from 'react';
import { useTexts } from '@luotsi/i18n';
import { useMutation } from '@luotsi/graphql-client';
import { calendarEntryInputSchema, firstContactTypeCode, type ContactMode as ContactModeValue } from '@luotsi/appointments-domain';
import { isoWeekday } from '@luotsi/calendar';
import { fieldErrorAt, fieldErrorsUnder, validateInput, type FieldError } from '@luotsi/validation';
import { Alert, Button, CheckboxField, Cluster, DateField, Dialog, RadioGroup, RequestError, SelectField, Stack, TextField, useFieldErrorMessage } from '@luotsi/ui';
import type { CalendarEditScope, CalendarEntryInput, CalendarEntryProblem, CalendarMineQuery, CalendarSetupQuery, ContactMode } from '../../gql/graphql';
import { CreateEntryMutation, DeleteEntryMutation, UpdateEntryMutation } from './documents';
import { localTimeOf } from './calendar-view';
import type { fi } from './i18n/fi';

export type MyEntry = CalendarMineQuery['myCalendar']['entries'][number];
type Setup = CalendarSetupQuery;

const repeats = ['none', 'daily', 'weekly', 'biweekly', 'monthly'] as const;
type Repeat = (typeof repeats)[number];
const endings = ['never', 'count', 'until'] as const;
type Ending = (typeof endings)[number];
const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
/** How a bookable first contact happens, in the order the form offers them. */
const contactModes: readonly ContactMode[] = ['PHONE', 'VISIT', 'REMOTE'];
const isContactMode = (value: string): value is ContactMode => (contactModes as readonly string[]).includes(value);
/** GraphQL's enum names as the domain's values, for checking the input with the BFF's own schema. */
const contactModeValues: Record<ContactMode, ContactModeValue> = { PHONE: 'phone', VISIT: 'visit', REMOTE: 'remote' };

interface FormState {
  typeCode: string;
  unitId: string;
  date: string;
  startTime: string;
  endTime: string;
  clientCode: string;
  title: string;
  bookable: boolean;
  /** Chosen by the professional; none until then, so that a bookable time never gets one by accident. */
  contactMode: ContactMode | null;
  repeat: Repeat;
  weekdays: number[];
  ending: Ending;
  count: string;
  until: string;
  scope: CalendarEditScope;
}

/** What the dialog reports back to the page, for its status message. */
export interface EntryOutcome {
  kind: 'saved' | 'deleted';
  count: number;
  overlaps: number;
  skippedHolidays: string[];
}

function initialState(entry: MyEntry | null, setup: Setup, date: string): FormState {
  if (entry) {
    const start = localTimeOf(entry.startsAt);
    return {
      typeCode: entry.type.code, unitId: entry.unit.id, date: start.date, startTime: start.time, endTime: localTimeOf(entry.endsAt).time,
      clientCode: '', title: entry.title ?? '', bookable: entry.bookable, contactMode: entry.contactMode ?? null, repeat: 'none', weekdays: [], ending: 'never', count: '', until: '', scope: 'THIS',
    };
  }
  return {
    typeCode: setup.calendarEntryTypes[0]?.code ?? '', unitId: setup.staffMe.units[0]?.id ?? '', date, startTime: '09:00', endTime: '10:00',
    clientCode: '', title: '', bookable: false, contactMode: null, repeat: 'none', weekdays: [isoWeekday(date)], ending: 'never', count: '', until: '', scope: 'THIS',
  };
}

/** The mutation's input from the form; fields the chosen type does not have are left out. */
function toInput(state: FormState, clientWork: boolean, editing: boolean): CalendarEntryInput {
  const recurrence: CalendarEntryInput['recurrence'] =
    editing || state.repeat === 'none'
      ? null
      : {
          frequency: state.repeat === 'daily' ? 'DAILY' : state.repeat === 'monthly' ? 'MONTHLY' : 'WEEKLY',
          interval: state.repeat === 'biweekly' ? 2 : 1,
          weekdays: state.repeat === 'weekly' || state.repeat === 'biweekly' ? [...state.weekdays].sort() : null,
          count: state.ending === 'count' ? Number(state.count) : null,
          until: state.ending === 'until' ? state.until : null,
        };
  const bookable = state.typeCode === firstContactTypeCode && state.bookable;
  return {
    typeCode: state.typeCode,
    unitId: state.unitId,
    date: state.date,
    startTime: state.startTime,
    endTime: state.endTime,
    clientPersonalIdentityCode: clientWork && state.clientCode.trim() ? state.clientCode : null,
    title: state.title.trim() ? state.title : null,
    bookable,
    // Only a bookable first contact has a mode; unchecking "bookable" drops it.
    contactMode: bookable ? state.contactMode : null,
    recurrence,
  };
}

export interface EntryDialogProps {
  /** The entry edited; null to create one. */
  entry: MyEntry | null;
  open: boolean;
  setup: Setup;
  /** The date a new entry starts on. */
  date: string;
  onClose: () => void;
  onDone: (outcome: EntryOutcome) => void;
}

/** Creating, editing and deleting one's own entry: a keyboard-usable form in a modal dialog. */
export function EntryDialog(props: EntryDialogProps) {
  // A fresh form each time it opens: keyed by the entry (or "new").
  return props.open ? <EntryForm key={props.entry?.id ?? 'new'} {...props} /> : null;
}

function EntryForm({ entry, setup, date, onClose, onDone }: EntryDialogProps) {
  const { t } = useTexts<typeof fi>('appointments');
  const errorMessage = useFieldErrorMessage();
  const formId = useId();
  const [state, setState] = useState(() => initialState(entry, setup, date));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<CalendarEntryProblem | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteScope, setDeleteScope] = useState<CalendarEditScope>('THIS');
  const [create, creating] = useMutation(CreateEntryMutation);
  const [update, updating] = useMutation(UpdateEntryMutation);
  const [remove, removing] = useMutation(DeleteEntryMutation);
  const editing = entry !== null;
  const hasClient = Boolean(entry?.client);
  const type = setup.calendarEntryTypes.find((candidate) => candidate.code === state.typeCode);
  const clientWork = type?.clientWork ?? false;
  const pending = creating.running || updating.running || removing.running;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const serverErrors = fieldErrorsUnder(editing ? updating.fieldErrors : creating.fieldErrors, ['input']);
  const message = (path: string): string | undefined => {
    const error = fieldErrorAt(errors, path) ?? fieldErrorAt(serverErrors, path);
    if (!error) return undefined;
    // The calendar's own rules get sentences that say what to do; the rest the shared texts.
    if (path === 'endTime' && error.code === 'out-of-range') return t('calendar.form.errors.endTime');
    if (path === 'bookable' && error.code === 'invalid') return t('calendar.form.errors.bookableHoliday');
    if (path === 'bookable' && error.code === 'invalid-choice') return t('calendar.form.errors.bookableType');
    if (path === 'clientPersonalIdentityCode' && error.code === 'invalid') return t('calendar.form.errors.clientUnknown');
    if (path === 'clientPersonalIdentityCode' && error.code === 'invalid-choice') return t('calendar.form.errors.clientNotClientWork');
    if (path === 'contactMode' && error.code === 'required') return t('calendar.form.errors.contactModeRequired');
    if (path === 'recurrence.until' && error.code === 'out-of-range') return t('calendar.form.errors.untilBefore');
    if (path === 'recurrence.until' && error.code === 'invalid') return t('calendar.form.errors.untilAndCount');
    return errorMessage(error);
  };
  const requestError = (editing ? updating : creating).error;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (pending) return;
    const input = toInput(state, clientWork, editing);
    const checked = validateInput(calendarEntryInputSchema, { ...input, contactMode: input.contactMode ? contactModeValues[input.contactMode] : null });
    setProblem(null);
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors([]);
    try {
      const payload = editing
        ? (await update({ id: entry.id, input, scope: entry.seriesId ? state.scope : 'THIS' })).updateCalendarEntry
        : (await create({ input })).createCalendarEntry;
      if (payload.problem) return void setProblem(payload.problem);
      onDone({ kind: 'saved', count: payload.count, overlaps: payload.overlaps, skippedHolidays: payload.skippedHolidays });
    } catch {
      // Field errors show at their fields; anything else below the form.
    }
  };

  const confirmDelete = async () => {
    if (!entry) return;
    try {
      const payload = (await remove({ id: entry.id, scope: entry.seriesId ? deleteScope : 'THIS' })).deleteCalendarEntry;
      if (payload.problem) {
        setConfirmingDelete(false);
        return void setProblem(payload.problem);
      }
      onDone({ kind: 'deleted', count: payload.count, overlaps: 0, skippedHolidays: [] });
    } catch {
      // Shown below the question.
    }
  };

  if (confirmingDelete && entry)
    return (
      <Dialog
        open
        onClose={() => setConfirmingDelete(false)}
        title={t('calendar.remove.title')}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirmingDelete(false)}>
              {t('calendar.remove.cancel')}
            </Button>
            <Button variant="danger" loading={removing.running} onClick={confirmDelete}>
              {t('calendar.remove.confirm')}
            </Button>
          </>
        }
      >
        {entry.seriesId && (
          <RadioGroup
            label={t('calendar.remove.question')}
            name="delete-scope"
            value={deleteScope}
            onChange={(value) => setDeleteScope(value === 'SERIES' ? 'SERIES' : 'THIS')}
            options={(['THIS', 'SERIES'] as const).map((value) => ({ value, label: t(`calendar.remove.scopes.${value}`) }))}
          />
        )}
        {removing.error && <RequestError error={removing.error} />}
      </Dialog>
    );

  return (
    <Dialog
      open
      onClose={onClose}
      title={editing ? t('calendar.form.editTitle') : t('calendar.form.createTitle')}
      actions={
        <>
          {editing && !hasClient && (
            <Button variant="danger" onClick={() => setConfirmingDelete(true)}>
              {t('calendar.form.delete')}
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            {t('calendar.form.cancel')}
          </Button>
          <Button variant="primary" loading={pending} onClick={() => submit()}>
            {t('calendar.form.save')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <Stack gap="m">
          {problem && <Alert tone="error">{t(`calendar.problems.${problem}`)}</Alert>}
          {hasClient && <Alert tone="info">{t('calendar.form.clientEntryNote')}</Alert>}
          {entry?.seriesId && (
            <RadioGroup
              label={t('calendar.form.scope')}
              name="edit-scope"
              value={state.scope}
              onChange={(value) => set('scope', value === 'SERIES' ? 'SERIES' : 'THIS')}
              options={(['THIS', 'SERIES'] as const).map((value) => ({ value, label: t(`calendar.form.scopes.${value}`) }))}
            />
          )}
          <SelectField
            label={t('calendar.form.type')}
            value={state.typeCode}
            onChange={(e) => set('typeCode', e.target.value)}
            error={message('typeCode')}
            options={setup.calendarEntryTypes.map((option) => ({ value: option.code, label: option.name.text }))}
            width="medium"
            data-autofocus
          />
          <SelectField
            label={t('calendar.form.unit')}
            value={state.unitId}
            onChange={(e) => set('unitId', e.target.value)}
            error={message('unitId')}
            options={setup.staffMe.units.map((unit) => ({ value: unit.id, label: unit.name.text }))}
            width="medium"
          />
          <DateField label={t('calendar.form.date')} value={state.date} onChange={(e) => set('date', e.target.value)} error={message('date')} />
          <Cluster gap="m" align="start">
            <TextField type="time" label={t('calendar.form.start')} hint={t('calendar.form.timeHint')} value={state.startTime} onChange={(e) => set('startTime', e.target.value)} error={message('startTime')} width="short" />
            <TextField type="time" label={t('calendar.form.end')} hint={t('calendar.form.timeHint')} value={state.endTime} onChange={(e) => set('endTime', e.target.value)} error={message('endTime')} width="short" />
          </Cluster>
          {hasClient && entry?.client && (
            <p>
              <strong>{t('calendar.form.clientName')}:</strong> {entry.client.firstName} {entry.client.lastName}
            </p>
          )}
          {clientWork && !hasClient && (
            <TextField
              label={t('calendar.form.client')}
              hint={t('calendar.form.clientHint')}
              optional
              value={state.clientCode}
              onChange={(e) => set('clientCode', e.target.value)}
              error={message('clientPersonalIdentityCode')}
              autoComplete="off"
              width="medium"
            />
          )}
          <TextField label={t('calendar.form.title')} optional value={state.title} onChange={(e) => set('title', e.target.value)} error={message('title')} />
          {state.typeCode === firstContactTypeCode && !hasClient && (
            <CheckboxField
              label={t('calendar.form.bookable')}
              hint={t('calendar.form.bookableHint')}
              checked={state.bookable}
              onChange={(e) => set('bookable', e.target.checked)}
              error={message('bookable')}
            />
          )}
          {state.typeCode === firstContactTypeCode && state.bookable && !hasClient && (
            <RadioGroup
              label={t('calendar.form.contactMode')}
              hint={t('calendar.form.contactModeHint')}
              name="contact-mode"
              value={state.contactMode ?? ''}
              onChange={(value) => set('contactMode', isContactMode(value) ? value : null)}
              options={contactModes.map((value) => ({ value, label: t(`calendar.form.contactModes.${value}`) }))}
              error={message('contactMode')}
              required
            />
          )}
          {hasClient && entry?.contactMode && (
            <p>
              <strong>{t('calendar.form.contactMode')}:</strong> {t(`calendar.form.contactModes.${entry.contactMode}`)}
            </p>
          )}
          {!editing && (
            <>
              <SelectField
                label={t('calendar.form.repeat')}
                value={state.repeat}
                onChange={(e) => set('repeat', (repeats as readonly string[]).includes(e.target.value) ? (e.target.value as Repeat) : 'none')}
                options={repeats.map((value) => ({ value, label: t(`calendar.form.repeats.${value}`) }))}
                error={message('recurrence.frequency')}
                width="medium"
              />
              {(state.repeat === 'weekly' || state.repeat === 'biweekly') && (
                <fieldset className="lx-fieldset">
                  <legend className="lx-field__label">{t('calendar.form.weekdays')}</legend>
                  <Cluster gap="s">
                    {weekdays.map((day) => (
                      <CheckboxField
                        key={day}
                        label={t(`calendar.form.weekdayNames.${day}`)}
                        checked={state.weekdays.includes(day)}
                        onChange={(e) => set('weekdays', e.target.checked ? [...state.weekdays, day] : state.weekdays.filter((d) => d !== day))}
                      />
                    ))}
                  </Cluster>
                </fieldset>
              )}
              {state.repeat !== 'none' && (
                <>
                  <RadioGroup
                    label={t('calendar.form.ends')}
                    name="ending"
                    value={state.ending}
                    onChange={(value) => set('ending', (endings as readonly string[]).includes(value) ? (value as Ending) : 'never')}
                    options={endings.map((value) => ({ value, label: t(`calendar.form.endings.${value}`) }))}
                  />
                  {state.ending === 'count' && (
                    <TextField type="number" inputMode="numeric" min={1} label={t('calendar.form.count')} value={state.count} onChange={(e) => set('count', e.target.value)} error={message('recurrence.count')} width="short" />
                  )}
                  {state.ending === 'until' && (
                    <DateField label={t('calendar.form.until')} value={state.until} onChange={(e) => set('until', e.target.value)} error={message('recurrence.until')} />
                  )}
                </>
              )}
            </>
          )}
          {requestError && requestError.fields.length === 0 && <RequestError error={requestError} />}
        </Stack>
      </form>
    </Dialog>
  );
}
