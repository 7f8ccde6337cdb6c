import { defineNotification, type NotificationType } from '@luotsi/bff-core';
import { formatDateRange } from '@luotsi/i18n';
import { icsAttachment } from '@luotsi/notify';

export interface FirstContactBookedData extends Record<string, unknown> {
  appointmentId: string;
  /** ISO instants (UTC); the templates show them in Helsinki time. */
  startsAt: string;
  endsAt: string;
  /** When it was booked: the .ics stamp, so a retried e-mail carries the same file. */
  bookedAt: string;
}

// Which service the time is in can tell about a family's situation (disability services, family
// counselling): e-mail and SMS name only "social services"; the resident sees the rest signed in.
const texts = {
  fi: {
    subject: 'Sinulle on varattu aika',
    summary: 'Sosiaalipalvelujen ensikontakti',
    body: (when: string) => `Sosiaalipalvelujen asiakasneuvonta varasi sinulle ensikontaktin ajalle ${when}. Ammattilainen ottaa sinuun yhteyttä silloin. Näet ajan ja voit perua sen Luotsissa kohdassa Ajanvaraukset.`,
    sms: (when: string) => `Sinulle on varattu sosiaalipalvelujen ensikontakti ${when}. Näet ja voit perua ajan Luotsissa.`,
  },
  sv: {
    subject: 'En tid har bokats åt dig',
    summary: 'Första kontakt med socialtjänsten',
    body: (when: string) => `Socialvårdens klientrådgivning har bokat en första kontakt åt dig ${when}. En yrkesperson kontaktar dig då. Du ser tiden och kan avboka den i Luotsi under Tidsbokningar.`,
    sms: (when: string) => `En första kontakt med socialtjänsten har bokats åt dig ${when}. Du ser och kan avboka tiden i Luotsi.`,
  },
  en: {
    subject: 'A time has been booked for you',
    summary: 'First contact with social services',
    body: (when: string) => `Social services advice booked a first contact for you on ${when}. A professional will contact you then. You can see the time and cancel it in Luotsi under Appointments.`,
    sms: (when: string) => `A first contact with social services has been booked for you on ${when}. See or cancel it in Luotsi.`,
  },
} as const;

const when = (data: FirstContactBookedData, language: 'fi' | 'sv' | 'en') =>
  formatDateRange(data.startsAt, data.endsAt, language, { withTime: true, style: 'weekday' });

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
  },
  portal: (data, language) => ({ subject: texts[language].subject, body: texts[language].body(when(data, language)), link: 'appointments' }),
  email: (data, language, env) => ({
    subject: texts[language].subject,
    text: `${texts[language].body(when(data, language))}\n\n${env.publicUrl.replace(/\/$/, '')}/${language}/appointments`,
    attachments: [
      icsAttachment(
        {
          uid: `${data.appointmentId}@luotsi`,
          start: new Date(data.startsAt),
          end: new Date(data.endsAt),
          stamp: new Date(data.bookedAt),
          summary: texts[language].summary,
        },
        'appointment.ics',
      ),
    ],
  }),
  sms: (data, language) => texts[language].sms(when(data, language)),
});

/** The booking flow's notification types (this module registers them with the platform). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each notification has its own data
export const bookingNotifications: readonly NotificationType<any>[] = [firstContactBooked];
