import { defineNotification, type NotificationType } from '@luotsi/bff-core';

export interface AgreementSentData extends Record<string, unknown> {
  agreementId: string;
  version: number;
}

const texts = {
  fi: {
    subject: 'Sopimus odottaa allekirjoitustasi',
    first: 'Hyvinvointialue on lähettänyt sinulle sopimuksen allekirjoitettavaksi. Lue se Luotsissa ja allekirjoita se tai palauta se korjattavaksi.',
    amendment: (version: number) => `Hyvinvointialue on lähettänyt sinulle muutoksen sopimukseesi (versio ${version}). Lue se Luotsissa ja allekirjoita se tai palauta se korjattavaksi.`,
  },
  sv: {
    subject: 'Ett avtal väntar på din underskrift',
    first: 'Välfärdsområdet har skickat ett avtal till dig för underskrift. Läs det i Luotsi och underteckna det eller returnera det för rättelse.',
    amendment: (version: number) => `Välfärdsområdet har skickat en ändring i ditt avtal (version ${version}) till dig. Läs den i Luotsi och underteckna den eller returnera den för rättelse.`,
  },
  en: {
    subject: 'An agreement is waiting for your signature',
    first: 'The wellbeing services county has sent you an agreement to sign. Read it in Luotsi, then sign it or return it for changes.',
    amendment: (version: number) => `The wellbeing services county has sent you an amendment to your agreement (version ${version}). Read it in Luotsi, then sign it or return it for changes.`,
  },
};

/**
 * Tells the carer that an agreement waits for their signature, with a link to it: the way in for a
 * resident who is not yet a carer (their first agreement). Sensitive: that someone is an informal
 * carer tells about a relative's health, so e-mail only says there is a message in Luotsi.
 */
export const agreementSentForSigning = defineNotification<AgreementSentData>({
  type: 'caregiving.agreement-sent-for-signing',
  description: 'A coordinator sent an agreement or an amendment to the carer to review and sign.',
  channels: ['portal', 'email'],
  sensitive: true,
  sample: { agreementId: '00000000-0000-4000-8000-000000000001', version: 1 },
  portal: (data, language) => ({
    subject: texts[language].subject,
    body: data.version > 1 ? texts[language].amendment(data.version) : texts[language].first,
    link: `caregiver-portal/agreements/${data.agreementId}`,
  }),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each notification has its own data
export const agreementNotifications: readonly NotificationType<any>[] = [agreementSentForSigning];
