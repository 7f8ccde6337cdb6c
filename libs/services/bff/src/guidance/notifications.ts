import { defineNotification } from '@luotsi/bff-core';
import { guidanceLanguages, handoverMessage, type GuidanceLanguage } from '@luotsi/services-domain';

export interface GuidanceHandedOverData extends Record<string, unknown> {
  /** The resident's page, e.g. '/sv/service-tray/guidance/<token>'. */
  path: string;
  /** ISO instant: the link's last moment. */
  expiresAt: string;
  /** The set's language (the language of the link's page). */
  language: GuidanceLanguage;
}

const sample: GuidanceHandedOverData = {
  path: '/fi/service-tray/guidance/Zm9yLXRoZS1wcmV2aWV3LW9ubHktbm90LWEtcmVhbC10b2s',
  expiresAt: '2027-02-18T10:00:00.000Z',
  language: 'fi',
};

// Like every message of the platform, the text is in the recipient's own language; the link opens
// the set in the language the professional chose for it.
const messageOf = (data: GuidanceHandedOverData, language: string, publicUrl: string) =>
  handoverMessage(
    (guidanceLanguages as readonly string[]).includes(language) ? (language as GuidanceLanguage) : 'fi',
    `${publicUrl.replace(/\/$/, '')}${data.path}`,
    new Date(data.expiresAt),
  );

// Not sensitive: the messages carry only the link and its last day (handoverMessage), never the
// recommended services.
export const guidanceHandedOverSms = defineNotification<GuidanceHandedOverData>({
  type: 'services.guidance-sms',
  description: 'A professional sent a client the link to their recommended services by text message.',
  channels: ['sms'],
  sensitive: false,
  sample,
  sms: (data, language, env) => messageOf(data, language, env.publicUrl).sms,
});

export const guidanceHandedOverEmail = defineNotification<GuidanceHandedOverData>({
  type: 'services.guidance-email',
  description: 'A professional sent a client the link to their recommended services by e-mail.',
  channels: ['email'],
  sensitive: false,
  sample,
  email: (data, language, env) => {
    const message = messageOf(data, language, env.publicUrl);
    return { subject: message.subject, text: message.text };
  },
});
