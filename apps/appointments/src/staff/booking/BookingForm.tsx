import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Language } from '@luotsi/shell-contract';
import { formatDateRange, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { bookingReasonMaxLength, clientLanguages, firstContactBookingSchema, type ClientLanguage } from '@luotsi/appointments-domain';
import { fieldErrorAt, fieldErrorsUnder, validateInput, type FieldError } from '@luotsi/validation';
import {
  Alert, Button, Cluster, DateField, LocalizedSpan, RadioGroup, RequestError, SelectField, Stack, Table, TextArea, TextField, useFieldErrorMessage,
} from '@luotsi/ui';
import { graphql } from '../../gql';
import type { BookFirstContactMutation, FirstContactTimesQuery } from '../../gql/graphql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';

const BookFirstContactMutationDocument = graphql(`
  mutation BookFirstContact($input: BookFirstContactInput!) {
    bookFirstContact(input: $input) {
      problem
      booking {
        id
        startsAt
        endsAt
        contactMode
        unit { id name { text language isFallback } }
      }
      nextFreeTimes {
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
  }
`);

const BookingMunicipalitiesQuery = graphql(`
  query BookingMunicipalities {
    serviceMunicipalities { code name { text language isFallback } }
  }
`);

export type FreeTime = FirstContactTimesQuery['firstContactTimes'][number];
export type Booking = NonNullable<BookFirstContactMutation['bookFirstContact']['booking']>;
type Problem = NonNullable<BookFirstContactMutation['bookFirstContact']['problem']>;
type Texts = typeof fi & typeof staffFi;

type ClientMode = 'code' | 'contact';
interface Draft {
  mode: ClientMode;
  personalIdentityCode: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  municipalityCode: string;
  phone: string;
  email: string;
  language: ClientLanguage;
  reason: string;
}

const emptyDraft = (language: Language): Draft => ({
  mode: 'code', personalIdentityCode: '', firstName: '', lastName: '', birthDate: '', municipalityCode: '', phone: '', email: '', language, reason: '',
});

/** What bookFirstContact takes from the draft: one way of identifying the client, not both. */
function inputOf(draft: Draft, slotId: string) {
  const client =
    draft.mode === 'code'
      ? { personalIdentityCode: draft.personalIdentityCode }
      : {
          contact: {
            firstName: draft.firstName, lastName: draft.lastName, birthDate: draft.birthDate, municipalityCode: draft.municipalityCode,
            phone: draft.phone, email: draft.email, language: draft.language,
          },
        };
  return { slotId, client, reason: draft.reason };
}

export interface BookingFormProps {
  language: Language;
  time: FreeTime;
  /** Another free time chosen from the ones offered after SLOT_TAKEN; the form keeps its input. */
  onChooseTime: (time: FreeTime) => void;
  onBooked: (booking: Booking) => void;
  onBack: () => void;
}

/**
 * The advisor's booking of one free time, on the call: who the client is (by personal identity
 * code, or by name and contact details) and a short reason. A refusal keeps everything typed;
 * SLOT_TAKEN offers the next free times of the same service to choose directly.
 */
export function BookingForm({ language, time, onChooseTime, onBooked, onBack }: BookingFormProps) {
  const { t } = useTexts<Texts>('appointments');
  const errorMessage = useFieldErrorMessage();
  const [book, booking] = useMutation(BookFirstContactMutationDocument);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(language));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<{ problem: Problem; nextFreeTimes: FreeTime[] } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The form opens (and changes to another time) with its heading focused, so a screen reader
  // reads which time is being booked and focus is not lost with the button that chose it.
  useEffect(() => heading.current?.focus(), [time.id]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const when = (t0: { startsAt: string; endsAt: string }) => formatDateRange(t0.startsAt, t0.endsAt, language, { withTime: true, style: 'weekday' });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (booking.running) return;
    const checked = validateInput(firstContactBookingSchema, inputOf(draft, time.id));
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors([]);
    try {
      const result = (await book({ input: checked.value })).bookFirstContact;
      if (result.booking) return onBooked(result.booking);
      setRefusal(result.problem ? { problem: result.problem, nextFreeTimes: result.nextFreeTimes } : null);
    } catch {
      // The mutation's state holds the error; field errors from the BFF show at their fields.
    }
  };

  const all = [...errors, ...fieldErrorsUnder(booking.fieldErrors, ['input'])];
  const errorAt = (...path: string[]) => errorMessage(fieldErrorAt(all, path));
  const choose = (next: FreeTime) => {
    setRefusal(null);
    onChooseTime(next);
  };

  return (
    <section aria-labelledby="booking-title">
      <h2 id="booking-title" ref={heading} tabIndex={-1}>
        {t('booking.title')}
      </h2>
      <dl>
        <dt>{t('booking.chosenTime')}</dt>
        <dd>
          {when(time)}, {t(`service.${time.service}`)}, <LocalizedSpan content={time.unit.name} />, {time.professional}
          {time.contactMode && <>, {t(`contactMode.${time.contactMode}`)}</>}
        </dd>
      </dl>

      {refusal && (
        <Alert tone="warning">
          {refusal.problem === 'SLOT_TAKEN' && t('booking.slotTaken')}
          {refusal.problem === 'SLOT_UNAVAILABLE' && t('booking.slotUnavailable')}
          {refusal.problem === 'CLIENT_NOT_FOUND' && t('booking.clientNotFound')}
        </Alert>
      )}
      {refusal?.problem === 'CLIENT_NOT_FOUND' && (
        <p>
          <Button variant="secondary" onClick={() => { set('mode', 'contact'); setRefusal(null); }}>
            {t('booking.useContact')}
          </Button>
        </p>
      )}
      {refusal && refusal.problem !== 'CLIENT_NOT_FOUND' && (
        <>
          <h3>{t('booking.nextTimes')}</h3>
          {refusal.nextFreeTimes.length === 0 ? (
            <p>{t('booking.noNextTimes')}</p>
          ) : (
            <Table
              caption={t('booking.nextTimes')}
              rows={refusal.nextFreeTimes}
              rowKey={(next) => next.id}
              columns={[
                { key: 'time', header: t('firstContactTimes.time'), rowHeader: true, cell: (next) => when(next) },
                { key: 'length', header: t('firstContactTimes.length'), align: 'end', cell: (next) => t('firstContactTimes.minutes', { count: next.lengthMinutes }) },
                { key: 'contact', header: t('firstContactTimes.contactMode'), cell: (next) => t(`contactMode.${next.contactMode ?? 'unknown'}`) },
                { key: 'unit', header: t('firstContactTimes.unit'), cell: (next) => <LocalizedSpan content={next.unit.name} /> },
                { key: 'professional', header: t('firstContactTimes.professional'), cell: (next) => next.professional },
                {
                  key: 'choose',
                  header: t('firstContactTimes.actions'),
                  cell: (next) => (
                    <Button variant="secondary" aria-label={t('booking.chooseTime', { time: when(next), unit: next.unit.name.text })} onClick={() => choose(next)}>
                      {t('booking.choose')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </>
      )}

      <form onSubmit={submit} noValidate>
        <Stack gap="m">
          <RadioGroup
            label={t('booking.clientBy')}
            name="client-by"
            inline
            value={draft.mode}
            onChange={(value) => set('mode', value === 'contact' ? 'contact' : 'code')}
            options={[
              { value: 'code', label: t('booking.byCode') },
              { value: 'contact', label: t('booking.byContact') },
            ]}
          />
          {draft.mode === 'code' ? (
            <TextField
              label={t('booking.personalIdentityCode')}
              value={draft.personalIdentityCode}
              onChange={(e) => set('personalIdentityCode', e.target.value)}
              error={errorAt('client', 'personalIdentityCode')}
              autoComplete="off"
              spellCheck={false}
              width="medium"
            />
          ) : (
            <ContactFields draft={draft} set={set} errorAt={errorAt} />
          )}
          <TextArea
            label={t('booking.reason')}
            hint={t('booking.reasonHint', { max: bookingReasonMaxLength })}
            value={draft.reason}
            onChange={(e) => set('reason', e.target.value)}
            error={errorAt('reason')}
            maxLength={bookingReasonMaxLength}
            rows={3}
          />
          <p className="lx-field__hint">
            {t('booking.reasonCount', { count: draft.reason.trim().length, max: bookingReasonMaxLength })}
          </p>
          {booking.error && booking.fieldErrors.length === 0 && <RequestError error={booking.error} />}
          {errorAt('slotId') && <Alert tone="error">{t('booking.slotUnavailable')}</Alert>}
          <Cluster gap="s">
            <Button type="submit" variant="primary" loading={booking.running}>
              {t('booking.submit')}
            </Button>
            <Button variant="secondary" onClick={onBack}>
              {t('booking.back')}
            </Button>
          </Cluster>
        </Stack>
      </form>
    </section>
  );
}

function ContactFields({
  draft, set, errorAt,
}: {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  errorAt: (...path: string[]) => string | undefined;
}) {
  const { t } = useTexts<Texts>('appointments');
  const municipalities = useQuery(BookingMunicipalitiesQuery);
  const error = (field: string) => errorAt('client', 'contact', field);
  const isLanguage = (value: string): value is ClientLanguage => (clientLanguages as readonly string[]).includes(value);
  return (
    <>
      <TextField label={t('booking.firstName')} value={draft.firstName} onChange={(e) => set('firstName', e.target.value)} error={error('firstName')} autoComplete="off" />
      <TextField label={t('booking.lastName')} value={draft.lastName} onChange={(e) => set('lastName', e.target.value)} error={error('lastName')} autoComplete="off" />
      <DateField label={t('booking.birthDate')} value={draft.birthDate} onChange={(e) => set('birthDate', e.target.value)} error={error('birthDate')} />
      <SelectField
        label={t('booking.municipality')}
        value={draft.municipalityCode}
        onChange={(e) => set('municipalityCode', e.target.value)}
        error={error('municipalityCode')}
        placeholder={t('booking.chooseMunicipality')}
        options={(municipalities.data?.serviceMunicipalities ?? []).map((m) => ({ value: m.code, label: m.name.text }))}
        width="medium"
      />
      <TextField
        label={t('booking.phone')}
        hint={t('booking.contactHint')}
        type="tel"
        value={draft.phone}
        onChange={(e) => set('phone', e.target.value)}
        error={error('phone')}
        autoComplete="off"
        width="medium"
      />
      <TextField label={t('booking.email')} type="email" value={draft.email} onChange={(e) => set('email', e.target.value)} error={error('email')} autoComplete="off" />
      <SelectField
        label={t('booking.language')}
        value={draft.language}
        onChange={(e) => isLanguage(e.target.value) && set('language', e.target.value)}
        error={error('language')}
        options={clientLanguages.map((value) => ({ value, label: t(`booking.languages.${value}`) }))}
        width="medium"
      />
    </>
  );
}
