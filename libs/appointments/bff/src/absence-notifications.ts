import { defineNotification } from '@luotsi/bff-core';
import { formatDateRange } from '@luotsi/i18n';
import { icsAttachment } from '@luotsi/notify';

export interface ProfessionalChangedData extends Record<string, unknown> {
  /** The calendar entry: its .ics UID is the same as in the booking confirmation. */
  appointmentId: string;
  /** ISO instants (UTC); unchanged by the move, shown in Helsinki time. */
  startsAt: string;
  endsAt: string;
  /** When the team lead moved it: the .ics stamp, so a retried e-mail carries the same file. */
  changedAt: string;
  /** RFC 5545 SEQUENCE of the updated event (higher than the original's 0). */
  sequence: number;
}

// As in the booking confirmation: which service the time is in can tell about a family's situation,
// so e-mail and SMS name only "social services"; the portal shows the rest to the signed-in resident.
const texts = {
  fi: {
    subject: 'Aikasi ammattilainen on vaihtunut',
    summary: 'Sosiaalipalvelujen aika',
    body: (when: string) => `Sosiaalipalvelujen aikasi ${when} pysyy ennallaan, mutta sinut tapaa toinen ammattilainen, koska alkuperäinen ammattilainen on poissa. Näet ajan Luotsissa kohdassa Ajanvaraukset.`,
    sms: (when: string) => `Sosiaalipalvelujen aikasi ${when} pysyy, mutta ammattilainen vaihtuu. Katso tiedot Luotsista.`,
  },
  sv: {
    subject: 'Din tid har fått en annan yrkesperson',
    summary: 'Tid hos socialtjänsten',
    body: (when: string) => `Din tid hos socialtjänsten ${when} är oförändrad, men du träffar en annan yrkesperson eftersom den ursprungliga är frånvarande. Du ser tiden i Luotsi under Tidsbokningar.`,
    sms: (when: string) => `Din tid hos socialtjänsten ${when} är kvar, men yrkespersonen byts. Se uppgifterna i Luotsi.`,
  },
  en: {
    subject: 'Your appointment has a new professional',
    summary: 'Social services appointment',
    body: (when: string) => `Your social services appointment on ${when} stays as it was, but another professional will meet you because the original one is away. You can see the time in Luotsi under Appointments.`,
    sms: (when: string) => `Your social services appointment on ${when} stays, but the professional changes. See Luotsi for details.`,
  },
} as const;

const when = (data: ProfessionalChangedData, language: 'fi' | 'sv' | 'en') =>
  formatDateRange(data.startsAt, data.endsAt, language, { withTime: true, style: 'weekday' });

/** A team lead gave the resident's time to another professional: same time, updated .ics. */
export const professionalChanged = defineNotification<ProfessionalChangedData>({
  type: 'appointments.professional-changed',
  description: 'A team lead moved a resident’s time to another professional because of an absence; the time stays (the service is named in the portal only).',
  channels: ['portal', 'email', 'sms'],
  sensitive: false,
  sample: {
    appointmentId: '00000000-0000-4000-8000-000000000000',
    startsAt: '2026-11-27T10:00:00.000Z',
    endsAt: '2026-11-27T11:00:00.000Z',
    changedAt: '2026-11-23T07:15:00.000Z',
    sequence: 3600,
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
          stamp: new Date(data.changedAt),
          summary: texts[language].summary,
          sequence: data.sequence,
        },
        'appointment.ics',
      ),
    ],
  }),
  sms: (data, language) => texts[language].sms(when(data, language)),
});
