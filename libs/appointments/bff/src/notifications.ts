import { defineNotification, type NotificationType } from '@luotsi/bff-core';
import { formatDateRange } from '@luotsi/i18n';
import { icsAttachment, type CalendarEvent } from '@luotsi/notify';
import type { ContactMode } from '@luotsi/appointments-domain';

type Language = 'fi' | 'sv' | 'en';

export interface FirstContactBookedData extends Record<string, unknown> {
  appointmentId: string;
  /** ISO instants (UTC); the templates show them in Helsinki time. */
  startsAt: string;
  endsAt: string;
  /** When it was booked: the .ics stamp, so a retried e-mail carries the same file. */
  bookedAt: string;
  /** How the contact happens; absent in messages written before modes existed. */
  contactMode?: ContactMode | null;
}

export interface AppointmentCancelledData extends Record<string, unknown> {
  appointmentId: string;
  startsAt: string;
  endsAt: string;
  /** When it was cancelled: the .ics stamp. */
  cancelledAt: string;
}

export interface AppointmentMovedData extends Record<string, unknown> {
  /** The new time (its own calendar entry). */
  appointmentId: string;
  startsAt: string;
  endsAt: string;
  /** The old time, which the e-mail's second .ics removes from the resident's calendar. */
  previousAppointmentId: string;
  previousStartsAt: string;
  previousEndsAt: string;
  movedAt: string;
  /** How the contact at the new time happens (it may differ from the old time's). */
  contactMode?: ContactMode | null;
}

// Which service the time is in can tell about a family's situation (disability services, family
// counselling): e-mail, SMS and .ics files name only "social services"; the resident sees the
// rest signed in.
const texts = {
  fi: {
    subject: 'Sinulle on varattu aika',
    summary: 'Sosiaalipalvelujen ensikontakti',
    otherSummary: 'Sosiaalipalvelujen aika',
    body: (when: string, how: string) => `Sosiaalipalvelujen asiakasneuvonta varasi sinulle ensikontaktin ajalle ${when}. ${how} Näet ajan ja voit perua sen Luotsissa kohdassa Omat ajat.`,
    sms: (when: string, how: string) => `Sinulle on varattu sosiaalipalvelujen ensikontakti ${when}. ${how} Näet ja voit perua ajan Luotsissa.`,
    how: {
      none: 'Ammattilainen ottaa sinuun yhteyttä silloin.',
      phone: 'Ammattilainen soittaa sinulle.',
      visit: 'Tapaaminen on toimipisteessä: tule paikalle. Toimipisteen osoite on Luotsissa.',
      remote: 'Tapaaminen on etäyhteydellä: saat liittymislinkin ja ohjeet ammattilaiselta.',
    },
    cancelledSubject: 'Aikasi on peruttu',
    cancelledBody: (when: string) => `Peruit sosiaalipalvelujen ajan ${when}. Aika on nyt vapaa muille. Jos tarvitset uuden ajan, soita sosiaalihuollon asiakasneuvontaan.`,
    movedSubject: 'Aikasi on siirretty',
    movedBody: (when: string, before: string, how: string) => `Siirsit sosiaalipalvelujen ajan. Uusi aika: ${when}. Aiempi aika ${before} on peruttu. ${how}`,
  },
  sv: {
    subject: 'En tid har bokats åt dig',
    summary: 'Första kontakt med socialtjänsten',
    otherSummary: 'Tid hos socialtjänsten',
    body: (when: string, how: string) => `Socialvårdens klientrådgivning har bokat en första kontakt åt dig ${when}. ${how} Du ser tiden och kan avboka den i Luotsi under Mina tider.`,
    sms: (when: string, how: string) => `En första kontakt med socialtjänsten har bokats åt dig ${when}. ${how} Du ser och kan avboka tiden i Luotsi.`,
    how: {
      none: 'En yrkesperson kontaktar dig då.',
      phone: 'Yrkespersonen ringer dig.',
      visit: 'Mötet är på verksamhetsstället: kom dit. Verksamhetsställets adress finns i Luotsi.',
      remote: 'Mötet sker på distans: du får länken och anvisningar för att delta av yrkespersonen.',
    },
    cancelledSubject: 'Din tid har avbokats',
    cancelledBody: (when: string) => `Du avbokade tiden hos socialtjänsten ${when}. Tiden är nu ledig för andra. Om du behöver en ny tid, ring socialvårdens klientrådgivning.`,
    movedSubject: 'Din tid har flyttats',
    movedBody: (when: string, before: string, how: string) => `Du flyttade tiden hos socialtjänsten. Ny tid: ${when}. Den tidigare tiden ${before} är avbokad. ${how}`,
  },
  en: {
    subject: 'A time has been booked for you',
    summary: 'First contact with social services',
    otherSummary: 'Social services appointment',
    body: (when: string, how: string) => `Social services advice booked a first contact for you on ${when}. ${how} You can see the time and cancel it in Luotsi under My appointments.`,
    sms: (when: string, how: string) => `A first contact with social services has been booked for you on ${when}. ${how} See or cancel it in Luotsi.`,
    how: {
      none: 'A professional will contact you then.',
      phone: 'The professional will call you.',
      visit: 'The meeting is at the unit: please come there. The unit’s address is in Luotsi.',
      remote: 'The meeting is remote: you will get the link and how to join from the professional.',
    },
    cancelledSubject: 'Your appointment has been cancelled',
    cancelledBody: (when: string) => `You cancelled your social services appointment on ${when}. The time is now free for others. If you need a new time, call social services advice.`,
    movedSubject: 'Your appointment has been moved',
    movedBody: (when: string, before: string, how: string) => `You moved your social services appointment. New time: ${when}. The earlier time, ${before}, is cancelled. ${how}`,
  },
} as const;

const range = (startsAt: string, endsAt: string, language: Language) =>
  formatDateRange(startsAt, endsAt, language, { withTime: true, style: 'weekday' });
const when = (data: { startsAt: string; endsAt: string }, language: Language) => range(data.startsAt, data.endsAt, language);
/**
 * How the contact happens, in the message's words. The unit is not named (it would tell the
 * service): a visit points to Luotsi for the address. Messages from before modes existed say only
 * that a professional will be in touch.
 */
const how = (data: { contactMode?: ContactMode | null }, language: Language) => texts[language].how[data.contactMode ?? 'none'];
const portalUrl = (publicUrl: string, language: Language) => `${publicUrl.replace(/\/$/, '')}/${language}/appointments`;

/**
 * The calendar event of a resident's appointment, the same in every e-mail and in the download
 * (GET /api/appointments/<id>.ics): one UID per time, so a calendar updates or removes the event
 * it imported instead of adding another. Names only "social services" (see above).
 */
export function appointmentIcsEvent(
  appointment: { id: string; startsAt: Date; endsAt: Date; typeCode: string },
  language: Language,
  stamp: Date,
  status: CalendarEvent['status'] = 'confirmed',
): CalendarEvent {
  return {
    uid: `${appointment.id}@luotsi`,
    start: appointment.startsAt,
    end: appointment.endsAt,
    stamp,
    summary: appointment.typeCode === 'first-contact' ? texts[language].summary : texts[language].otherSummary,
    status,
    // A cancellation must outrank the published event for calendars to apply it.
    sequence: status === 'cancelled' ? 1 : 0,
  };
}

const firstContactEvent = (id: string, startsAt: string, endsAt: string, language: Language, stamp: string, status?: CalendarEvent['status']) =>
  appointmentIcsEvent({ id, startsAt: new Date(startsAt), endsAt: new Date(endsAt), typeCode: 'first-contact' }, language, new Date(stamp), status);

/** An advisor booked a first contact for the resident: the time, with an .ics file in the e-mail. */
export const firstContactBooked = defineNotification<FirstContactBookedData>({
  type: 'appointments.first-contact-booked',
  description: 'Social-services advice booked a first-contact time for a resident (the time only; the service is named in the portal).',
  channels: ['portal', 'email', 'sms'],
  sensitive: false,
  sample: {
    appointmentId: '00000000-0000-4000-8000-000000000000',
    startsAt: '2026-11-25T08:00:00.000Z',
    endsAt: '2026-11-25T09:00:00.000Z',
    bookedAt: '2026-11-23T07:15:00.000Z',
    contactMode: 'phone',
  },
  portal: (data, language) => ({ subject: texts[language].subject, body: texts[language].body(when(data, language), how(data, language)), link: 'appointments' }),
  email: (data, language, env) => ({
    subject: texts[language].subject,
    text: `${texts[language].body(when(data, language), how(data, language))}\n\n${portalUrl(env.publicUrl, language)}`,
    attachments: [icsAttachment(firstContactEvent(data.appointmentId, data.startsAt, data.endsAt, language, data.bookedAt), 'appointment.ics')],
  }),
  sms: (data, language) => texts[language].sms(when(data, language), how(data, language)),
});

/**
 * The resident cancelled a first-contact time in the portal: a confirmation, with an .ics that
 * removes the event from the resident's calendar (METHOD:CANCEL, the same UID).
 */
export const appointmentCancelled = defineNotification<AppointmentCancelledData>({
  type: 'appointments.cancelled',
  description: 'A resident cancelled their first-contact time in the portal (the time only).',
  // The resident did it themselves: a message and an e-mail confirm it, no SMS needed.
  channels: ['portal', 'email'],
  sensitive: false,
  sample: {
    appointmentId: '00000000-0000-4000-8000-000000000000',
    startsAt: '2026-11-25T08:00:00.000Z',
    endsAt: '2026-11-25T09:00:00.000Z',
    cancelledAt: '2026-11-23T07:15:00.000Z',
  },
  portal: (data, language) => ({ subject: texts[language].cancelledSubject, body: texts[language].cancelledBody(when(data, language)), link: 'appointments' }),
  email: (data, language, env) => ({
    subject: texts[language].cancelledSubject,
    text: `${texts[language].cancelledBody(when(data, language))}\n\n${portalUrl(env.publicUrl, language)}`,
    attachments: [
      icsAttachment(firstContactEvent(data.appointmentId, data.startsAt, data.endsAt, language, data.cancelledAt, 'cancelled'), 'cancelled-appointment.ics'),
    ],
  }),
});

/**
 * The resident moved a first-contact time to another free time: the new time with its .ics, and
 * a second .ics that removes the old one.
 */
export const appointmentMoved = defineNotification<AppointmentMovedData>({
  type: 'appointments.moved',
  description: 'A resident moved their first-contact time to another free time of the same service (the times only).',
  channels: ['portal', 'email'],
  sensitive: false,
  sample: {
    appointmentId: '00000000-0000-4000-8000-000000000001',
    startsAt: '2026-11-26T08:00:00.000Z',
    endsAt: '2026-11-26T09:00:00.000Z',
    previousAppointmentId: '00000000-0000-4000-8000-000000000000',
    previousStartsAt: '2026-11-25T08:00:00.000Z',
    previousEndsAt: '2026-11-25T09:00:00.000Z',
    movedAt: '2026-11-23T07:15:00.000Z',
    contactMode: 'visit',
  },
  portal: (data, language) => ({
    subject: texts[language].movedSubject,
    body: texts[language].movedBody(when(data, language), range(data.previousStartsAt, data.previousEndsAt, language), how(data, language)),
    link: 'appointments',
  }),
  email: (data, language, env) => ({
    subject: texts[language].movedSubject,
    text: `${texts[language].movedBody(when(data, language), range(data.previousStartsAt, data.previousEndsAt, language), how(data, language))}\n\n${portalUrl(env.publicUrl, language)}`,
    attachments: [
      icsAttachment(firstContactEvent(data.appointmentId, data.startsAt, data.endsAt, language, data.movedAt), 'appointment.ics'),
      icsAttachment(
        firstContactEvent(data.previousAppointmentId, data.previousStartsAt, data.previousEndsAt, language, data.movedAt, 'cancelled'),
        'cancelled-appointment.ics',
      ),
    ],
  }),
});

/** The booking flow's notification types (this module registers them with the platform). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each notification has its own data
export const bookingNotifications: readonly NotificationType<any>[] = [firstContactBooked, appointmentCancelled, appointmentMoved];
